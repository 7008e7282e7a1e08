import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import {
  type Assessment,
  EvaError,
  type EvaErrorCode,
  type EvaluateOptions,
  type Evaluation,
  evaluate,
  type Strategy,
} from "eva-core";
import { Piscina } from "piscina";

/** What a worker answers: the evaluation, or eva-core's EvaError as data. */
export type WorkerResult =
  | { ok: true; evaluation: Evaluation }
  | {
      ok: false;
      error: {
        code: EvaErrorCode;
        message: string;
        path: Array<string | number>;
        params: Record<string, unknown>;
      };
    };

/**
 * Where eva-core's evaluate() runs. An SMAA of 100,000 samples costs a fraction of a second of
 * CPU: on the event loop, eight of them at once kept /healthz waiting for seconds (issue 21), so
 * the server runs them on worker threads (workerPoolEvaluator). Throws what evaluate() throws.
 */
export interface Evaluator {
  evaluate(assessment: Assessment, strategy: Strategy, options?: EvaluateOptions): Promise<Evaluation>;
  close(): Promise<void>;
}

/** Thrown when too many evaluations are waiting: the API answers 503 with Retry-After. */
export class EvaluatorBusyError extends Error {
  override readonly name = "EvaluatorBusyError";
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many evaluations are waiting: retry in ${retryAfterSeconds} s.`);
  }
}

/** evaluate() on the calling thread: for tests and scripts, where nothing else waits. */
export const inlineEvaluator: Evaluator = {
  evaluate: async (assessment, strategy, options) => evaluate(assessment, strategy, options),
  close: async () => {},
};

/** Threads by default: the cores but one, which the event loop keeps for everything else. */
export const defaultEvaluateThreads = () => Math.max(1, availableParallelism() - 1);
/** Evaluations that may wait for a thread before the next is refused (503). */
export const DEFAULT_EVALUATE_QUEUE = 32;

const refusals = new Set(["Task queue is at limit", "No task queue available and all Workers are busy"]);

// run from src (tsx, vitest) the worker is TypeScript too, and needs tsx and the source condition
const source = import.meta.url.endsWith(".ts");
const workerFile = fileURLToPath(new URL(`./evaluate-worker.${source ? "ts" : "js"}`, import.meta.url));

/**
 * evaluate() on a pool of worker threads (piscina): `threads` of them (started on demand, ended
 * after a minute idle), and at most `maxQueue` evaluations waiting for one; past that,
 * EvaluatorBusyError with a Retry-After estimated from the queue and the recent run times.
 */
export function workerPoolEvaluator(
  options: { threads?: number; maxQueue?: number } = {},
): Evaluator & { readonly completed: number; readonly threads: number } {
  const threads = options.threads ?? defaultEvaluateThreads();
  const maxQueue = options.maxQueue ?? DEFAULT_EVALUATE_QUEUE;
  const pool = new Piscina({
    filename: workerFile,
    minThreads: 0,
    maxThreads: threads,
    maxQueue,
    idleTimeout: 60_000,
    // below the event loop's priority (Linux, through piscina's optional @napi-rs/nice): under
    // contention the requests that wait on the loop go first, the long evaluations after
    niceIncrement: 10,
    ...(source ? { execArgv: ["--conditions=source", "--import", "tsx"] } : {}),
  });
  let meanMs = 100; // a running mean of recent run times, for Retry-After
  let completed = 0;
  const busy = () =>
    new EvaluatorBusyError(
      Math.min(60, Math.max(1, Math.ceil(((pool.queueSize + threads) * meanMs) / threads / 1000))),
    );
  return {
    get completed() {
      return completed;
    },
    threads,
    async evaluate(assessment, strategy, evaluateOptions = {}) {
      const started = performance.now();
      let result: WorkerResult;
      try {
        result = (await pool.run({ assessment, strategy, options: evaluateOptions })) as WorkerResult;
      } catch (e) {
        // piscina's refusals when the queue is full (it exports no error classes)
        if (e instanceof Error && refusals.has(e.message)) throw busy();
        throw e;
      }
      completed++;
      meanMs = 0.8 * meanMs + 0.2 * (performance.now() - started);
      if (result.ok) return result.evaluation;
      const { code, message, path, params } = result.error;
      throw new EvaError(code, message, path, params);
    },
    close: () => pool.destroy(),
  };
}
