import { createRoute } from "@hono/zod-openapi";
import { EvaluationSchema, evaluate, isEvaError } from "eva-core";
import { router } from "../context.js";
import { JSON_BODY, json, jsonBody, operation, problems, SIGNED_IN } from "../openapi/operation.js";
import { detail, evaErrorIssue, ProblemError } from "../problem.js";
import { EvaluateRequestSchema } from "./schemas.js";

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
    responses: { 200: json(EvaluationSchema, "the evaluation"), ...problems(...SIGNED_IN, ...JSON_BODY) },
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
