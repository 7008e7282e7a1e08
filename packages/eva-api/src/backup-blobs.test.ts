import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDraft, testApp, token } from "../test/harness.js";
import { exportBackup, InvalidBackupError, importBackup } from "./backup.js";
import { FileBlobStore } from "./store/blobs.js";
import { LowdbStore } from "./store/lowdb-store.js";

// A backup carries the approved summaries' frozen files, so a moved installation serves the
// same bytes at the same versioned URIs.
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("backup of frozen summaries", () => {
  it("exports the files an approved version names and imports them into another store, checked", async () => {
    const t = await testApp();
    try {
      const { id, etag } = await createDraft(t, "800/02.02.00/2026");
      const { demoAssessment } = await import("eva-core");
      const { basics, ...rest } = structuredClone(demoAssessment);
      const { caseRef: _c, ...b } = basics;
      let e = etag;
      for (const [method, path, as, body] of [
        ["PATCH", "", "preparer", { ...rest, basics: b }],
        ["POST", "/submit", "preparer", undefined],
        ["POST", "/approve", "approver", undefined],
      ] as const) {
        const res = await t.call(method, `/v1/assessments/${id}${path}`, {
          token: token("kaarina", as),
          headers: { "if-match": e },
          ...(body ? { body } : {}),
        });
        expect(res.status).toBe(200);
        e = res.headers.get("etag") ?? "";
      }
      const backup = await exportBackup(t.store, "kaarina", new FileBlobStore(join(t.dir, "blobs")));
      const approved = backup.organizations[0]?.assessments.find((a) => a.id === id)?.approvedVersions[0];
      const refs = Object.values(approved?.files ?? {});
      expect(refs).toHaveLength(12);
      expect(Object.keys(backup.blobs ?? {}).sort()).toEqual([...new Set(refs.map((r) => r.sha256))].sort());

      const dir = mkdtempSync(join(tmpdir(), "eva-restore-"));
      dirs.push(dir);
      const store = await LowdbStore.open(dir);
      const blobs = new FileBlobStore(join(dir, "blobs"));
      try {
        const tampered = structuredClone(JSON.parse(JSON.stringify(backup)));
        const first = Object.keys(tampered.blobs)[0] as string;
        tampered.blobs[first] = Buffer.from("not the file").toString("base64");
        await expect(importBackup(store, tampered, blobs)).rejects.toBeInstanceOf(InvalidBackupError);

        await importBackup(store, JSON.parse(JSON.stringify(backup)), blobs);
        const restored = await store.getAssessment("kaarina", id);
        expect(restored?.approvedVersions[0]?.files).toEqual(approved?.files);
        for (const ref of refs) expect((await blobs.get(ref.sha256))?.length).toBe(ref.size);
      } finally {
        await store.close();
      }
    } finally {
      await t.close();
    }
  });
});
