import { createRoute, z } from "@hono/zod-openapi";
import { type AssessmentDraft, AssessmentSchema, type Evaluation, SummarySchema } from "eva-core";
import type { Context } from "hono";
import { type Env, evaluatorOf, ifNoneMatchHits, notModified, router } from "../context.js";
import {
  body,
  EVALUATES,
  json,
  notModifiedResponse,
  operation,
  PUBLIC,
  problems,
} from "../openapi/operation.js";
import { detail, ProblemError } from "../problem.js";
import { EvaluationCache } from "../services/evaluation-cache.js";
import {
  EVALUATION_SEED,
  memoEvaluation,
  negotiateSummary,
  renderSummary,
  summaryOf,
} from "../services/summary-service.js";
import { type AssessmentHead, inResidentView } from "../store/store.js";
import { LanguageQuery, opaqueId, PublicAssessmentListSchema, SummaryFormatQuery } from "./schemas.js";

/**
 * The resident's copy: non-public risks are removed, and so are people's names (preparer,
 * presenter, who was heard by name); groups that were heard stay.
 */
function redacted(r: AssessmentHead) {
  const approved = r.approvedVersions[r.approvedVersions.length - 1];
  const data: AssessmentDraft = structuredClone(approved?.data ?? ({} as AssessmentDraft));
  if (data.basics) {
    data.basics.preparer = { name: "" };
    delete data.basics.presenter;
  }
  if (data.risks?.items) data.risks.items = data.risks.items.filter((x) => x.public !== false);
  data.participation = (data.participation ?? []).map(({ who: _who, ...rest }) => rest);
  if (data.conclusion?.followUp) delete data.conclusion.followUp.responsible;
  return { approved, data };
}

/**
 * evaluate() of the resident's copy, kept in the app's evaluation cache (an anonymous request
 * would otherwise cost a whole SMAA each time) under the redacted data marked as the resident's,
 * so it is never the signed-in view's entry.
 */
async function publicEvaluation(c: Context<Env>, r: AssessmentHead): Promise<Evaluation> {
  const { data } = redacted(r);
  const key = EvaluationCache.key(r.organization, r.strategyId, r.strategyVersion, EVALUATION_SEED, {
    resident: data,
  });
  return memoEvaluation(c, key, async () => {
    const parsed = AssessmentSchema.safeParse({
      ...data,
      basics: { ...data.basics, preparer: { name: "-" } },
    });
    const strategy = (await c.get("deps").store.getStrategy(r.organization, r.strategyId))?.versions.find(
      (v) => v.version === r.strategyVersion,
    );
    if (!parsed.success || !strategy)
      throw new ProblemError(404, "not-found", detail("no-public-assessment"));
    const e = await evaluatorOf(c).evaluate(parsed.data, strategy, { seed: EVALUATION_SEED });
    e.assessment.basics.preparer = { name: "" };
    return e;
  });
}

export const publicApp = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/public/assessments",
      ...operation(
        "listPublicAssessments",
        "Public",
        "Approved assessments marked public",
        "The resident view (no sign-in): each approved assessment marked public and for the resident view, newest first: title, case id, decision body, date and the path of its summary.",
        { public: true },
      ),
      responses: { 200: json(PublicAssessmentListSchema, "the public list"), ...problems(...PUBLIC) },
    }),
    async (c) => {
      const store = c.get("deps").store;
      const all = await store.listResidentView();
      // the organization as residents know it ("Kaarinan kaupunki"), read once per organization
      const names = new Map<string, unknown>();
      for (const org of new Set(all.map((r) => r.organization))) {
        const strategies = await store.listStrategies(org);
        names.set(org, strategies[0]?.versions.at(-1)?.organizationName);
      }
      const items = all.map((r) => {
        // only these fields of the approved version, none of them a name: no redacted copy is needed
        const approved = r.approvedVersions[r.approvedVersions.length - 1];
        const basics = approved?.data.basics;
        return {
          id: r.id,
          organization: r.organization,
          ...(names.get(r.organization) ? { organizationName: names.get(r.organization) } : {}),
          title: basics?.title ?? "",
          caseId: basics?.caseRef?.caseId ?? "",
          decisionBody: basics?.decisionBody ?? "",
          approvedAt: approved?.approvedAt ?? "",
          summary: `/public/assessments/${encodeURIComponent(r.id)}/summary`,
        };
      });
      items.sort((a, b) => (a.approvedAt < b.approvedAt ? 1 : -1));
      return c.json({ items } as never, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/public/assessments/{id}/summary",
      ...operation(
        "getPublicSummary",
        "Public",
        "The public summary of an approved assessment",
        "The board summary for residents (no sign-in), without the risks not marked public and without people's names; ?lang and ?format as the signed-in summary. 404 for one that is not public.",
        { public: true, headers: ["IfNoneMatch"] },
      ),
      request: {
        params: z.object({ id: opaqueId(200).openapi({ description: "the assessment's id" }) }),
        query: z.object({ lang: LanguageQuery, format: SummaryFormatQuery }),
      },
      responses: {
        200: body(
          {
            "application/json": { schema: SummarySchema },
            "text/markdown": { schema: z.string().openapi({ description: "the summary as Markdown" }) },
            "text/html": {
              schema: z.string().openapi({ description: "one self-contained HTML page, A4 print CSS" }),
            },
            "application/pdf": {
              schema: z.string().openapi({
                format: "binary",
                description: "PDF/A-2b, tagged (PDF/UA-1), A4, fonts embedded",
              }),
            },
          },
          "the public summary",
          "ETag",
          "Vary",
          "Content-Disposition",
        ),
        ...notModifiedResponse,
        ...problems(...PUBLIC, ...EVALUATES, 404, 422),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const r = await c.get("deps").store.findApproved(id);
      if (!r || !inResidentView(r)) throw new ProblemError(404, "not-found", detail("no-public-assessment"));
      const q = c.req.valid("query");
      const { lang, format, etag } = negotiateSummary(c, q, r.etag, "public");
      if (ifNoneMatchHits(c, etag)) return notModified(c, etag);
      const approved = r.approvedVersions[r.approvedVersions.length - 1];
      // residents see when it was approved, not by whom: people's names stay out of the public copy
      const at = approved?.approvedAt ?? r.updatedAt;
      const summary = {
        ...summaryOf(await publicEvaluation(c, r), lang, { status: "approved", approvedAt: at }),
        preparedBy: null,
      };
      const out = await renderSummary(summary, format, at);
      c.header("Content-Type", out.contentType);
      c.header("ETag", etag);
      return c.body(out.body as unknown as Uint8Array<ArrayBuffer>, 200) as never;
    },
  );
