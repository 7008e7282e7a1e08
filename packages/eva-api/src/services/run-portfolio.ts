import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { EvaError } from "eva-core";
import { computePortfolio, type PortfolioAnswer, type PortfolioTask } from "./portfolio-compute.js";

/** Where a portfolio is computed, and for how long at most. */
export interface PortfolioLimits {
  /** from this many proposals on, the computation runs in a worker thread; default 13 */
  workerFrom?: number;
  /** a worker still running after this long is stopped and the request answered 422; default 20 s */
  timeoutMs?: number;
}

/** A computation that took longer than the limit (the route answers 422: narrow the weights). */
export class PortfolioTimeoutError extends Error {
  override readonly name = "PortfolioTimeoutError";
}

// Up to 12 proposals rpm takes milliseconds (bench: 30 × 7 with interval weights ~0.1 s), so
// small requests stay in the request's thread; larger ones, where the whole simplex can take
// seconds, go to a worker so that the event loop keeps answering everyone else.
const WORKER_FROM = 13;
const TIMEOUT_MS = 20_000;

// at most this many workers at once (a core is left for the event loop); the others wait their turn
const slots = Math.max(1, availableParallelism() - 1);
let running = 0;
const waiting: Array<() => void> = [];

async function slot(): Promise<() => void> {
  if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  return () => {
    running -= 1;
    waiting.shift()?.();
  };
}

/** The worker's file: the built .js next to this one, or the source through tsx when run from src. */
function workerTarget(): { url: URL; execArgv: string[] } {
  const fromSource = import.meta.url.endsWith(".ts");
  return fromSource
    ? { url: new URL("./portfolio-worker-source.mjs", import.meta.url), execArgv: ["--conditions=source"] }
    : { url: new URL("./portfolio-worker.js", import.meta.url), execArgv: [] };
}

function inWorker(task: PortfolioTask, timeoutMs: number): Promise<PortfolioAnswer> {
  const { url, execArgv } = workerTarget();
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: task, execArgv });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new PortfolioTimeoutError(`the portfolio took over ${timeoutMs} ms`));
    }, timeoutMs);
    worker.once("message", (m: { ok?: PortfolioAnswer; error?: Record<string, unknown> }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (m.ok) return resolve(m.ok);
      const e = m.error ?? {};
      reject(
        e.name === "EvaError"
          ? new EvaError(
              e.code as never,
              String(e.message),
              e.path as Array<string | number>,
              e.params as Record<string, unknown>,
            )
          : new Error(String(e.message)),
      );
    });
    worker.once("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

/** computePortfolio, in a worker thread when the request is large (see PortfolioLimits). */
export async function runPortfolio(
  task: PortfolioTask,
  limits: PortfolioLimits = {},
): Promise<PortfolioAnswer> {
  if (task.items.length < (limits.workerFrom ?? WORKER_FROM)) return computePortfolio(task);
  const release = await slot();
  try {
    return await inWorker(task, limits.timeoutMs ?? TIMEOUT_MS);
  } finally {
    release();
  }
}
