import { createRoute, z } from "@hono/zod-openapi";
import { CaseSystemSchema, caseKey } from "eva-core";
import { principal, router } from "../context.js";
import { assessmentView } from "../services/views.js";
import { AssessmentViewSchema, bearer, commonErrors, jsonResponse, opaqueId } from "./schemas.js";

export const casesApp = router().openapi(
  createRoute({
    method: "get",
    path: "/v1/cases/{system}/{caseId}/assessments",
    summary: "The EVAs attached to a case (caseId URL-encoded, matched on its normalised form)",
    security: bearer,
    request: { params: z.object({ system: CaseSystemSchema, caseId: opaqueId(200) }) },
    responses: {
      200: jsonResponse(z.object({ items: z.array(AssessmentViewSchema) }), "the case's assessments"),
      ...commonErrors,
    },
  }),
  async (c) => {
    const { system, caseId } = c.req.valid("param");
    const page = await c.get("deps").store.listAssessments(principal(c).organization, {
      caseKey: caseKey({ system, caseId: decodeURIComponent(caseId) }),
      limit: 100,
    });
    return c.json({ items: page.items.map(assessmentView) }, 200);
  },
);
