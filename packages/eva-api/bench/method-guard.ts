// `pnpm --filter eva-api bench:methods`: what the method guard (method-guard.ts) adds to every
// request: PathMethods.of, the lookup of a path's methods, on the app's own routes. Prints
// figures; asserts nothing.
import { createApp } from "../src/app.js";
import { PathMethods } from "../src/method-guard.js";

const app = createApp({ store: null as never, auth: null as never, clock: () => new Date(0) });
const methods = new PathMethods(app);
const paths = [
  "/v1/assessments/2f1c0b7e-5c1a-4a53-9d43-7d1f5a0c1e11",
  "/v1/assessments/2f1c0b7e-5c1a-4a53-9d43-7d1f5a0c1e11/summary",
  "/v1/me",
  "/public/assessments/demo-littoinen/summary",
  "/v1/no-such-path",
];
const N = 500_000;
for (let round = 0; round < 3; round++) {
  for (let i = 0; i < 50_000; i++) methods.of(paths[i % paths.length] as string);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < N; i++) methods.of(paths[i % paths.length] as string);
  const ns = Number(process.hrtime.bigint() - t0) / N;
  process.stdout.write(
    `PathMethods.of: ${ns.toFixed(0)} ns a lookup (${app.routes.length} routes, round ${round + 1})\n`,
  );
}
