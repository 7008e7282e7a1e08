import { createRoute, z } from "@hono/zod-openapi";
import { AssessmentSchema, EvaluationSchema, isEvaError, StrategySchema } from "eva-core";
import { evaluatorOf, router } from "../context.js";
import { ProblemError } from "../problem.js";
import { bearer, busyError, commonErrors, jsonBody, jsonResponse } from "./schemas.js";

/** The most SMAA samples a request may ask for (docs/api.md): about 0.2–0.5 s of one core. */
export const MAX_SAMPLES = 100_000;

const EvaluateBody = z
  .object({
    assessment: AssessmentSchema,
    strategy: StrategySchema,
    seed: z.int().min(-2147483648).max(2147483647).optional(),
    samples: z
      .int()
      .min(1)
      .max(MAX_SAMPLES)
      .optional()
      .describe("SMAA samples: at most 100,000; default 10,000"),
  })
  .strict();

export const evaluateApp = router().openapi(
  createRoute({
    method: "post",
    path: "/v1/evaluate",
    summary: "Stateless: { assessment, strategy } → Evaluation (the same numbers as eva-core's evaluate)",
    security: bearer,
    request: { body: jsonBody(EvaluateBody) },
    responses: { 200: jsonResponse(EvaluationSchema, "the evaluation"), ...commonErrors, ...busyError },
  }),
  async (c) => {
    const body = c.req.valid("json");
    try {
      const options = {
        ...(body.seed !== undefined ? { seed: body.seed } : {}),
        ...(body.samples ? { samples: body.samples } : {}),
      };
      return c.json(await evaluatorOf(c).evaluate(body.assessment, body.strategy, options), 200);
    } catch (e) {
      if (isEvaError(e)) {
        throw new ProblemError(422, "validation-failed", e.message, [
          { path: `/${e.path.join("/")}`, code: e.code, message: e.message },
        ]);
      }
      throw e;
    }
  },
);
