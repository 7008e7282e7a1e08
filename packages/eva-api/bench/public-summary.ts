// `pnpm bench:api:public`: what the anonymous public view costs (in process with app.request, on a
// real lowdb directory): the public summary of one assessment and the public list, with 20 and
// with 2,000 other approved assessments stored, those not in the resident view and then those in
// it (the list then has them all). Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../src/app.js";
import { staticTokenAuth } from "../src/auth/auth.js";
import { seedDemo } from "../src/seed.js";
import { LowdbStore } from "../src/store/lowdb-store.js";
import { type AssessmentRecord, makeEtag } from "../src/store/store.js";

const ROUNDS = 20;

/** ms per request of `url`, after a warm-up */
async function timed(app: ReturnType<typeof createApp>, url: string): Promise<number> {
  for (let i = 0; i < 5; i++) {
    const res = await app.request(url);
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
    await res.arrayBuffer();
  }
  const started = performance.now();
  for (let i = 0; i < ROUNDS; i++) await (await app.request(url)).arrayBuffer();
  return (performance.now() - started) / ROUNDS;
}

for (const shown of [false, true])
  for (const n of [20, 2000]) {
    const dir = mkdtempSync(join(tmpdir(), "eva-bench-public-"));
    const store = await LowdbStore.open(dir);
    await seedDemo(store, () => new Date("2026-12-01T00:00:00Z"));
    const demo = await store.getAssessment("kaarina", "demo-littoinen");
    if (!demo) throw new Error("the demo's approved assessment is missing");
    const copy: AssessmentRecord = structuredClone(demo);
    const publicity = copy.approvedVersions.at(-1)?.data.basics?.publicity;
    if (publicity) publicity.showInResidentView = shown;
    for (let i = 0; i < n; i++)
      await store.putAssessment(
        { ...copy, id: `other-${i}`, etag: makeEtag("assessment", `other-${i}`, 1) },
        null,
      );
    const app = createApp({ store, auth: staticTokenAuth([]), clock: () => new Date(), rateLimit: 1e9 });
    const summary = await timed(app, "/public/assessments/demo-littoinen/summary?lang=fi&format=json");
    const list = await timed(app, "/public/assessments");
    console.log(
      `${n} other approved, ${shown ? "in" : "not in"} the resident view: public summary ${summary.toFixed(2)} ms, public list ${list.toFixed(1)} ms (${ROUNDS} rounds each)`,
    );
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
