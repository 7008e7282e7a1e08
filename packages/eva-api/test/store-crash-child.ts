// The child of the store-level crash test (store-crash.test.ts): opens the real LowdbStore on a
// directory and keeps rewriting a few records from many concurrent writers, printing
// `ack <id> <revision>` after each acknowledged write. Started without the HTTP app so that one
// round costs a fraction of a second. Each write adds one audit event to the record's trail.
import { writeSync } from "node:fs";
import { LowdbStore } from "../src/store/lowdb-store.js";
import { type AssessmentRecord, makeEtag } from "../src/store/store.js";

const [dir = "", records = "8", writers = "24"] = process.argv.slice(2);
const store = await LowdbStore.open(dir);
const ids = Array.from({ length: Number(records) }, (_, i) => `crash-${i}`);
for (const id of ids) {
  if (await store.getAssessment("kaarina", id)) continue;
  const first: AssessmentRecord = {
    id,
    organization: "kaarina",
    status: "draft",
    version: 1,
    revision: 1,
    etag: makeEtag("assessment", id, 1),
    strategyId: "s",
    strategyVersion: 1,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    createdBy: "crash test",
    // the store does not validate; a few kB of text make the journal entries realistic
    data: { schemaVersion: 1, basics: { title: "revision 1", problem: "x".repeat(4000) } },
    approvedVersions: [],
    followUps: [],
    audit: [],
  };
  await store.putAssessment(first, null);
}
// what survived the previous kill, for the parent to check against the acknowledgements it saw
const state: Record<string, { revision: number; etag: string; title: string | undefined; trail: string[] }> =
  {};
for (const id of ids) {
  const r = (await store.getAssessment("kaarina", id)) as AssessmentRecord;
  const trail = r.audit.map((e) => String((e.patch[0] as { value?: unknown } | undefined)?.value));
  state[id] = { revision: r.revision, etag: r.etag, title: r.data.basics?.title, trail };
}
const event = (revision: number) => ({
  at: "2026-01-01T00:00:00.000Z",
  actor: "crash test",
  action: "update" as const,
  version: 1,
  patch: [{ op: "replace" as const, path: "/basics/title", value: `revision ${revision}` }],
});
/**
 * Writes a line to stdout at once, before anything else happens: process.stdout may still hold it
 * when the kill comes, and an acknowledgement the parent never saw would make the write after it
 * look like a second one in flight. (A full pipe answers EAGAIN: wait for the parent to read.)
 */
function say(line: string) {
  let bytes = Buffer.from(`${line}\n`);
  while (bytes.byteLength > 0) {
    try {
      bytes = bytes.subarray(writeSync(1, bytes));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
    }
  }
}
say(`ready ${JSON.stringify(state)}`);
let turn = 0;
await Promise.all(
  Array.from({ length: Number(writers) }, async () => {
    for (;;) {
      const id = ids[turn++ % ids.length] as string;
      const r = (await store.getAssessment("kaarina", id)) as AssessmentRecord;
      const revision = r.revision + 1;
      const next: AssessmentRecord = {
        ...r,
        revision,
        etag: makeEtag("assessment", id, revision),
        data: { ...r.data, basics: { ...r.data.basics, title: `revision ${revision}` } },
        audit: [...r.audit, event(revision)],
      };
      try {
        await store.putAssessment(next, r.etag);
        say(`ack ${id} ${revision}`);
      } catch (e) {
        if ((e as Error).name !== "PreconditionFailedError") throw e; // another writer was first
      }
    }
  }),
);
