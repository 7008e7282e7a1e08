import { createRoute, z } from "@hono/zod-openapi";
import { AssessmentSchema, EvaluationSchema, evaluate, isEvaError, StrategySchema } from "eva-core";
import { router } from "../context.js";
import { detail, evaErrorIssue, ProblemError } from "../problem.js";
import { bearer, commonErrors, jsonBody, jsonResponse } from "./schemas.js";

const EvaluateBody = z
  .object({
    assessment: AssessmentSchema,
    strategy: StrategySchema,
    seed: z.int().min(-2147483648).max(2147483647).optional(),
    samples: z.int().min(1).max(100_000).optional(),
  })
  .strict();

export const evaluateApp = router().openapi(
  createRoute({
    method: "post",
    path: "/v1/evaluate",
    summary: "Stateless: { assessment, strategy } → Evaluation (the same numbers as eva-core's evaluate)",
    security: bearer,
    request: { body: jsonBody(EvaluateBody) },
    responses: { 200: jsonResponse(EvaluationSchema, "the evaluation"), ...commonErrors },
  }),
  (c) => {
    const body = c.req.valid("json");
    try {
      const options = {
        ...(body.seed !== undefined ? { seed: body.seed } : {}),
        ...(body.samples ? { samples: body.samples } : {}),
      };
      return c.json(evaluate(body.assessment, body.strategy, options), 200);
    } catch (e) {
      if (isEvaError(e)) {
        throw new ProblemError(422, "validation-failed", detail("cannot-evaluate"), [evaErrorIssue(e)]);
      }
      throw e;
    }
  },
);
