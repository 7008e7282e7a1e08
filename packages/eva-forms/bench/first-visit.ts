// `pnpm bench:load`: what a first visit costs, in Debian's Chromium against the built wizard served
// by eva-api on 127.0.0.1 (lowdb in a temp dir, the demo data), each run in a fresh browser
// context (an empty cache):
// - every script and style sent for the sign-in page and then the first wizard step of a case, as
//   transferred (Chromium asks for br, gzip), file by file; fonts apart;
// - the sign-in page interactive: from navigation to its sign-in field usable;
// - the resident view (/public) interactive: from navigation to its list of cases shown;
// - the API docs (/docs): from navigation to its first operation shown.
// Prints figures; asserts nothing. EVA_BENCH_RUNS (default 7) cold runs.

import { startAppInChromium } from "../scripts/app-in-chromium.js";
import { codeBytes, type FirstVisit, firstVisit } from "../scripts/first-visit.js";

const RUNS = Number(process.env.EVA_BENCH_RUNS ?? 7);
const { server, browser, token, close } = await startAppInChromium("bench-load");
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? Number.NaN;
try {
  const runs: FirstVisit[] = [];
  // one warm-up: the server's first answers (JIT, file cache) are not what a visitor meets
  await firstVisit(browser, server.url, token);
  for (let i = 0; i < RUNS; i++) runs.push(await firstVisit(browser, server.url, token));
  const last = runs[runs.length - 1] as FirstVisit;
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log("sign-in + first wizard step, as transferred (br/gzip), file by file:");
  for (const f of [...last.files].sort((a, b) => b.bytes - a.bytes))
    console.log(`  ${kb(f.bytes).padStart(6)} KB  ${f.type.padEnd(10)} ${f.step.padEnd(8)} ${f.path}`);
  const sum = (type: string) => last.files.filter((f) => f.type === type).reduce((s, f) => s + f.bytes, 0);
  const code = codeBytes(last.files);
  console.log(
    `sign-in + first wizard step: scripts ${kb(sum("script"))} KB + styles ${kb(sum("stylesheet"))} KB = ${kb(code)} KB (target ≤ 200 KB); fonts ${kb(sum("font"))} KB`,
  );
  const signIn = runs.map((r) => r.signInMs);
  const resident = runs.map((r) => r.publicMs);
  const docs = runs.map((r) => r.docsMs);
  console.log(
    `sign-in page interactive, cold (${RUNS} runs): median ${quantile(signIn, 0.5)} ms, max ${Math.max(...signIn)} ms (target ≤ 1000 ms)`,
  );
  console.log(
    `resident view (/public) interactive, cold (${RUNS} runs): median ${quantile(resident, 0.5)} ms, max ${Math.max(...resident)} ms`,
  );
  console.log(
    `API docs (/docs) showing its operations, cold (${RUNS} runs): median ${quantile(docs, 0.5)} ms, max ${Math.max(...docs)} ms`,
  );
} finally {
  await close();
}
