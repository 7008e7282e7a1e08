import { createRoute, z } from "@hono/zod-openapi";
import {
  AssessmentSchema,
  evaluate,
  portfolioReportCsv,
  type ReportDecision,
  strategyReport,
  strategyReportCsv,
} from "eva-core";
import { principal, router } from "../context.js";
import { localeOf } from "../locale.js";
import { ProblemError } from "../problem.js";
import { answerPortfolio } from "../services/portfolio-answer.js";
import type { PortfolioAnswer } from "../services/portfolio-compute.js";
import { itemsOfStrategy } from "../services/portfolio-items.js";
import { EVALUATION_SEED } from "../services/summary-service.js";
import { bearer, commonErrors, jsonResponse } from "./schemas.js";

const ReportQuery = z.object({
  strategyId: z.string().min(1).max(100),
  from: z.iso.date(),
  to: z.iso.date(),
  format: z.enum(["json", "csv"]).optional(),
  /** with a budget, the report includes the budget portfolio of the strategy's open proposals */
  portfolioBudget: z.coerce
    .number()
    .min(0)
    .max(1e12)
    .optional()
    .describe("euros: include the portfolio (salkku) of the strategy's submitted and approved assessments"),
  portfolioYear: z.coerce
    .number()
    .int()
    .min(1990)
    .max(2150)
    .optional()
    .describe("the portfolio's budget year"),
});

export const reportsApp = router().openapi(
  createRoute({
    method: "get",
    path: "/v1/reports/strategy",
    summary:
      "How the approved decisions of a period affected each strategy goal and value (JSON or CSV); with portfolioBudget also the budget portfolio of the proposals on the table",
    security: bearer,
    request: { query: ReportQuery },
    responses: { 200: jsonResponse(z.object({}).passthrough(), "the report"), ...commonErrors },
  }),
  async (c) => {
    const q = c.req.valid("query");
    if (q.to < q.from)
      throw new ProblemError(422, "validation-failed", undefined, [
        { path: "/to", code: "date_order", message: "to is before from" },
      ]);
    const org = principal(c).organization;
    const store = c.get("deps").store;
    const strategy = await store.getStrategy(org, q.strategyId);
    const current = strategy?.versions[strategy.versions.length - 1];
    if (!strategy || !current) throw new ProblemError(404, "not-found", "No such strategy.");
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
    // the budget portfolio (salkku) of the strategy's proposals on the table, when asked for
    let portfolio: PortfolioAnswer | null = null;
    if (q.portfolioBudget !== undefined) {
      const items = await itemsOfStrategy(c, q.strategyId);
      if (items.length > 0) {
        portfolio = await answerPortfolio(c, {
          items,
          budget: q.portfolioBudget,
          ...(q.portfolioYear !== undefined ? { year: q.portfolioYear } : {}),
          locale: localeOf(c),
          maxPortfolios: 5_000,
        });
      }
    }
    if (q.format === "csv") {
      c.header("Content-Type", "text/csv; charset=utf-8");
      c.header("Content-Disposition", `attachment; filename="eva-strategy-report-${q.from}-${q.to}.csv"`);
      // the portfolio follows the report's rows after an empty line, with its own header row
      const csv = strategyReportCsv(report, localeOf(c));
      const tail = portfolio ? `\r\n${portfolioReportCsv(portfolio, localeOf(c))}` : "";
      return c.body(`\uFEFF${csv}${tail}`, 200) as never;
    }
    return c.json((q.portfolioBudget !== undefined ? { ...report, portfolio } : report) as never, 200);
  },
);
