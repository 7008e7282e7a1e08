import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { inspectDataDir, relOf } from "./data-dir.js";
import { LowdbStore } from "./lowdb-store.js";
import { DataDirDamagedError } from "./open-data-dir.js";
import { encodeRecordFile, verifyRecordFile } from "./record-file.js";
import { recoverDataDir } from "./recover.js";
import { makeEtag } from "./store.js";
import { sampleEndpoint, sampleRecord, sampleWebhookEvent } from "./store-contract.js";

// Issue 22: the webhook outbox lives in the assessment's record file, beside the record
// ({"record":…,"outbox":[…]}), so the store's guarantees for a record file cover it: one atomic
// write with the transition, the same checksum, check and recover. These are its fault tests.

const dirs: string[] = [];
const freshDir = () => {
  const d = mkdtempSync(join(tmpdir(), "eva-outbox-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const NOW = "2026-01-03T00:00:00.000Z";
const LEASE = "2026-01-03T00:01:00.000Z";

/** A store with one endpoint and one submitted assessment whose event is pending. */
async function withPending(dir: string) {
  const store = await LowdbStore.open(dir, { log: () => {} });
  await store.webhooks().putEndpoint(sampleEndpoint("w1", ["assessment.submitted"]), null);
  const r = sampleRecord("a1");
  await store.putAssessment(r, null);
  const next = { ...r, status: "submitted" as const, revision: 2, etag: makeEtag("assessment", "a1", 2) };
  await store.putAssessment(next, r.etag, { events: [sampleWebhookEvent(next, "assessment.submitted")] });
  return { store, file: join(dir, relOf("assessments", "kaarina", "a1")) };
}

describe("the webhook outbox in the embedded store", () => {
  it("is written in the assessment's record file, under its checksum", async () => {
    const dir = freshDir();
    const { store, file } = await withPending(dir);
    await store.close();
    const v = verifyRecordFile(readFileSync(file));
    if (!("body" in v)) throw new Error("the file does not verify");
    const body = JSON.parse(v.body.toString("utf8"));
    expect(body.record.status).toBe("submitted");
    expect(body.outbox).toHaveLength(1);
    expect(body.outbox[0]).toMatchObject({
      endpointId: "w1",
      status: "pending",
      event: { type: "assessment.submitted" },
    });
  });

  it("refuses to start on a flipped bit in the outbox, naming the file", async () => {
    const dir = freshDir();
    const { store, file } = await withPending(dir);
    await store.close();
    const bytes = readFileSync(file);
    const at = bytes.indexOf("assessment.submitted", bytes.indexOf('"outbox"'));
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    writeFileSync(file, bytes);
    expect(inspectDataDir(dir).problems.map((p) => p.file)).toEqual(["assessments/kaarina/a1.json"]);
    await expect(LowdbStore.open(dir, { log: () => {} })).rejects.toBeInstanceOf(DataDirDamagedError);
  });

  it("reports an outbox that is not deliveries as damage, even under a matching checksum", async () => {
    const dir = freshDir();
    const { store, file } = await withPending(dir);
    await store.close();
    const v = verifyRecordFile(readFileSync(file));
    if (!("body" in v)) throw new Error("the file does not verify");
    const body = JSON.parse(v.body.toString("utf8"));
    body.outbox[0].attempts = "many";
    writeFileSync(file, encodeRecordFile([JSON.stringify(body)]));
    const [problem] = inspectDataDir(dir).problems;
    expect(problem?.file).toBe("assessments/kaarina/a1.json");
    expect(problem?.reason).toContain("outbox/0/attempts");
  });

  it("does not send again a delivery that finished just before a crash left it in the outbox", async () => {
    const dir = freshDir();
    const { store, file } = await withPending(dir);
    const withOutbox = readFileSync(file);
    const [d] = await store.webhooks().claimDue(NOW, LEASE, 10);
    if (!d) throw new Error("no delivery");
    await store
      .webhooks()
      .saveAttempt({ ...d, status: "delivered", attempts: 1, nextAttemptAt: null, responseStatus: 200 });
    await store.close();
    expect(JSON.parse(verifyRecordFileBody(readFileSync(file))).outbox).toBeUndefined();
    // the crash came after the webhooks file was written and before the outbox was: put it back
    writeFileSync(file, withOutbox);
    const again = await LowdbStore.open(dir, { log: () => {} });
    try {
      expect(await again.webhooks().claimDue(NOW, LEASE, 10)).toEqual([]);
      expect((await again.webhooks().listDeliveries("kaarina", "w1", 10)).map((x) => x.status)).toEqual([
        "delivered",
      ]);
    } finally {
      await again.close();
    }
  });

  it("keeps pending deliveries in a recovered copy", async () => {
    const dir = freshDir();
    const { store } = await withPending(dir);
    await store.close();
    const copy = join(freshDir(), "copy");
    await recoverDataDir(dir, copy);
    const recovered = await LowdbStore.open(copy, { log: () => {} });
    try {
      const due = await recovered.webhooks().claimDue(NOW, LEASE, 10);
      expect(due.map((x) => `${x.endpointId} ${x.event.type}`)).toEqual(["w1 assessment.submitted"]);
    } finally {
      await recovered.close();
    }
  });
});

function verifyRecordFileBody(bytes: Buffer): string {
  const v = verifyRecordFile(bytes);
  if (!("body" in v)) throw new Error("the file does not verify");
  return v.body.toString("utf8");
}
