// `pnpm --filter eva-api run bench:public`: the cost of one anonymous public summary
// (GET /public/assessments/{id}/summary, in process with app.request, on a real lowdb directory)
// with 20 and with 2,000 other approved assessments stored. Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../src/app.js";
import { staticTokenAuth } from "../src/auth/auth.js";
import { seedDemo } from "../src/seed.js";
import { LowdbStore } from "../src/store/lowdb-store.js";
import { makeEtag } from "../src/store/store.js";

const ROUNDS = 50;
for (const n of [20, 2000]) {
  const dir = mkdtempSync(join(tmpdir(), "eva-bench-public-"));
  const store = await LowdbStore.open(dir);
  await seedDemo(store, () => new Date("2026-12-01T00:00:00Z"));
  const approved = await store.getAssessment("kaarina", "demo-littoinen");
  if (!approved) throw new Error("the demo's approved assessment is missing");
  for (let i = 0; i < n; i++)
    await store.putAssessment(
      { ...approved, id: `other-${i}`, etag: makeEtag("assessment", `other-${i}`, 1) },
      null,
    );
  const app = createApp({ store, auth: staticTokenAuth([]), clock: () => new Date(), rateLimit: 1e9 });
  const url = "/public/assessments/demo-littoinen/summary?lang=fi&format=json";
  const first = performance.now();
  const res = await app.request(url);
  if (res.status !== 200) throw new Error(`public summary: ${res.status}`);
  const firstMs = performance.now() - first;
  for (let i = 0; i < 10; i++) await app.request(url);
  const started = performance.now();
  for (let i = 0; i < ROUNDS; i++) await app.request(url);
  const each = (performance.now() - started) / ROUNDS;
  console.log(
    `${n + 1} approved stored: first public summary ${firstMs.toFixed(1)} ms, then ${each.toFixed(2)} ms each (${ROUNDS} rounds)`,
  );
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
