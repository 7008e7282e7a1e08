import { createRoute, z } from "@hono/zod-openapi";
import { CaseSystemSchema, caseKey } from "eva-core";
import { principal, router } from "../context.js";
import { json, operation, problems, SIGNED_IN } from "../openapi/operation.js";
import { assessmentView } from "../services/views.js";
import { CaseAssessmentsSchema, opaqueId } from "./schemas.js";

export const casesApp = router().openapi(
  createRoute({
    method: "get",
    path: "/v1/cases/{system}/{caseId}/assessments",
    ...operation(
      "listCaseAssessments",
      "Cases",
      "The EVAs attached to a case",
      "What a case system calls with its own case id (diaarinumero), URL-encoded (657%2F02.02.00%2F2023); matched on the id's normalised form (spaces, dashes, case).",
    ),
    request: {
      params: z.object({
        system: CaseSystemSchema,
        caseId: opaqueId(200).openapi({
          description: "the case id, URL-encoded",
          example: "657/02.02.00/2023",
        }),
      }),
    },
    responses: { 200: json(CaseAssessmentsSchema, "the case's assessments"), ...problems(...SIGNED_IN, 422) },
  }),
  async (c) => {
    const { system, caseId } = c.req.valid("param");
    // the router has decoded the id (once): decoding it again would make 657%252F… match 657/…
    const page = await c.get("deps").store.listAssessments(principal(c).organization, {
      caseKey: caseKey({ system, caseId }),
      limit: 100,
    });
    return c.json({ items: page.items.map(assessmentView) }, 200);
  },
);
