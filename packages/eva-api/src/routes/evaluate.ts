import { createRoute } from "@hono/zod-openapi";
import { EvaluationSchema, isEvaError } from "eva-core";
import { evaluatorOf, router } from "../context.js";
import {
  EVALUATES,
  JSON_BODY,
  json,
  jsonBody,
  operation,
  problems,
  SIGNED_IN,
} from "../openapi/operation.js";
import { detail, evaErrorIssue, ProblemError } from "../problem.js";
import { EvaluateRequestSchema } from "./schemas.js";

/** The most SMAA samples a request may ask for (docs/api.md): about 0.2–0.5 s of one core. */
export const MAX_SAMPLES = 100_000;

export const evaluateApp = router().openapi(
  createRoute({
    method: "post",
    path: "/v1/evaluate",
    ...operation(
      "evaluate",
      "Results",
      "Evaluate an assessment against a strategy, without storing anything",
      "Stateless: { assessment, strategy } → Evaluation, the same numbers as eva-core's evaluate() with the same seed.",
    ),
    request: { body: jsonBody(EvaluateRequestSchema) },
    responses: {
      200: json(EvaluationSchema, "the evaluation"),
      ...problems(...SIGNED_IN, ...JSON_BODY, ...EVALUATES),
    },
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
        throw new ProblemError(422, "validation-failed", detail("cannot-evaluate"), [evaErrorIssue(e)]);
      }
      throw e;
    }
  },
);
