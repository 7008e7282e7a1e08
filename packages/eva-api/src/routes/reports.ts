import { createRoute, z } from "@hono/zod-openapi";
import { AssessmentSchema, evaluate, type ReportDecision, strategyReport, strategyReportCsv } from "eva-core";
import { principal, router } from "../context.js";
import { localeOf } from "../locale.js";
import { detail, ProblemError } from "../problem.js";
import { EVALUATION_SEED } from "../services/summary-service.js";
import { bearer, commonErrors, jsonResponse, opaqueId } from "./schemas.js";

const ReportQuery = z.object({
  strategyId: opaqueId(100),
  from: z.iso.date(),
  to: z.iso.date(),
  format: z.enum(["json", "csv"]).optional(),
});

export const reportsApp = router().openapi(
  createRoute({
    method: "get",
    path: "/v1/reports/strategy",
    summary: "How the approved decisions of a period affected each strategy goal and value (JSON or CSV)",
    security: bearer,
    request: { query: ReportQuery },
    responses: { 200: jsonResponse(z.object({}).passthrough(), "the report"), ...commonErrors },
  }),
  async (c) => {
    const q = c.req.valid("query");
    if (q.to < q.from)
      throw new ProblemError(422, "validation-failed", undefined, [
        { path: "/to", code: "date_order", key: "date_order" },
      ]);
    const org = principal(c).organization;
    const store = c.get("deps").store;
    const strategy = await store.getStrategy(org, q.strategyId);
    const current = strategy?.versions[strategy.versions.length - 1];
    if (!strategy || !current) throw new ProblemError(404, "not-found", detail("no-strategy"));
    const decisions: ReportDecision[] = [];
    for (const r of await store.listApproved(org)) {
      if (r.strategyId !== q.strategyId) continue;
      const approved = r.approvedVersions[r.approvedVersions.length - 1];
      const parsed = approved ? AssessmentSchema.safeParse(approved.data) : null;
      const version = strategy.versions.find((v) => v.version === r.strategyVersion) ?? current;
      if (!approved || !parsed?.success) continue;
      decisions.push({
        id: r.id,
        approvedAt: approved.approvedAt,
        assessment: parsed.data,
        evaluation: evaluate(parsed.data, version, { seed: EVALUATION_SEED, samples: 200 }),
        followUps: r.followUps,
      });
    }
    const report = strategyReport(current, decisions, { from: q.from, to: q.to });
    if (q.format === "csv") {
      c.header("Content-Type", "text/csv; charset=utf-8");
      c.header("Content-Disposition", `attachment; filename="eva-strategy-report-${q.from}-${q.to}.csv"`);
      return c.body(`\uFEFF${strategyReportCsv(report, localeOf(c))}`, 200) as never;
    }
    return c.json(report as never, 200);
  },
);
