import { isEvaError } from "eva-core";
import type { Context } from "hono";
import type { Env } from "../context.js";
import { detail, evaErrorIssue, ProblemError } from "../problem.js";
import type { PortfolioAnswer, PortfolioTask } from "./portfolio-compute.js";
import { portfolioInvalid } from "./portfolio-items.js";
import { PortfolioTimeoutError, runPortfolio } from "./run-portfolio.js";

/**
 * The portfolio of the task, computed where the app's limits say (in a worker when large), with
 * what cannot be computed answered 422 in the caller's language: weights that exclude each other
 * (naming the constraint), and a computation over the time limit.
 */
export async function answerPortfolio(c: Context<Env>, task: PortfolioTask): Promise<PortfolioAnswer> {
  try {
    return await runPortfolio(task, c.get("deps").portfolio);
  } catch (e) {
    if (e instanceof PortfolioTimeoutError) throw portfolioInvalid(c, "", "too_complex", "error.tooComplex");
    if (isEvaError(e) && e.code === "empty_weight_set")
      throw portfolioInvalid(c, `/${e.path.join("/")}`, e.code, "error.emptyWeights");
    if (isEvaError(e))
      throw new ProblemError(422, "validation-failed", detail("cannot-evaluate"), [evaErrorIssue(e)]);
    throw e;
  }
}
