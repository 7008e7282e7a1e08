// One evaluate() on a worker thread of the evaluator's pool (evaluator.ts). What eva-core throws
// for bad input (EvaError) is returned as data: an Error crosses threads as a plain Error
// without its code and path.
import { type Assessment, type EvaluateOptions, evaluate, isEvaError, type Strategy } from "eva-core";
import type { WorkerResult } from "./evaluator.js";

export default function run(task: {
  assessment: Assessment;
  strategy: Strategy;
  options: EvaluateOptions;
}): WorkerResult {
  try {
    return { ok: true, evaluation: evaluate(task.assessment, task.strategy, task.options) };
  } catch (e) {
    if (isEvaError(e)) {
      return {
        ok: false,
        error: { code: e.code, message: e.message, path: [...e.path], params: { ...e.params } },
      };
    }
    throw e;
  }
}
