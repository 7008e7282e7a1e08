// A worker thread for one portfolio computation (run-portfolio.ts starts it): posts back either
// { ok: answer } or { error: { name, code, path, message } } and ends.
import { parentPort, workerData } from "node:worker_threads";
import { isEvaError } from "eva-core";
import { computePortfolio, type PortfolioTask } from "./portfolio-compute.js";

try {
  parentPort?.postMessage({ ok: computePortfolio(workerData as PortfolioTask) });
} catch (e) {
  parentPort?.postMessage({
    error: isEvaError(e)
      ? { name: "EvaError", code: e.code, path: [...e.path], message: e.message, params: e.params }
      : { name: "Error", message: e instanceof Error ? e.message : String(e) },
  });
}
