import { createRoute, z } from "@hono/zod-openapi";
import {
  AssessmentSchema,
  evaluate,
  portfolioReportCsv,
  type ReportDecision,
  StrategyReportSchema,
  strategyReport,
  strategyReportCsv,
} from "eva-core";
import { principal, router } from "../context.js";
import { localeOf } from "../locale.js";
import { body, operation, problems, SIGNED_IN } from "../openapi/operation.js";
import { detail, ProblemError } from "../problem.js";
import { answerPortfolio } from "../services/portfolio-answer.js";
import type { PortfolioAnswer } from "../services/portfolio-compute.js";
import { itemsOfStrategy } from "../services/portfolio-items.js";
import { EVALUATION_SEED } from "../services/summary-service.js";
import { PortfolioResultSchema } from "./portfolio.js";
import { opaqueId } from "./schemas.js";

const ReportQuery = z.object({
  strategyId: opaqueId(100).openapi({ description: "the strategy", example: "kaarina-strategia" }),
  from: z.iso.date().openapi({ description: "the period's first day, inclusive", example: "2026-01-01" }),
  to: z.iso.date().openapi({ description: "the period's last day, inclusive", example: "2026-12-31" }),
  format: z
    .enum(["json", "csv"])
    .optional()
    .openapi({ description: "json (default) or csv (;-separated, UTF-8 with BOM, for spreadsheets)" }),
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
    ...operation(
      "getStrategyReport",
      "Follow-up",
      "How the approved decisions of a period affected each strategy goal and value",
      "Per goal and value: each approved decision's rating and weighted contribution, counts, mean, a four-month trend and how well the predictions held: input for the annual report and the audit board's arviointikertomus. As JSON or CSV (column headings in the request's language).",
    ),
    request: { query: ReportQuery },
    responses: {
      200: body(
        {
          "application/json": {
            schema: StrategyReportSchema.extend({
              portfolio: PortfolioResultSchema.nullable()
                .optional()
                .describe(
                  "with portfolioBudget: the budget portfolio of the strategy's submitted and approved assessments (null when there are none)",
                ),
            }).openapi("StrategyReportAnswer"),
          },
          "text/csv": { schema: z.string().openapi({ description: "one row per criterion and decision" }) },
        },
        "the report",
        "Content-Disposition",
      ),
      ...problems(...SIGNED_IN, 404, 422),
    },
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
