import { createRoute, z } from "@hono/zod-openapi";
import { PortfolioReportSchema, portfolioReportCsv } from "eva-core";
import type { Context } from "hono";
import { type Env, router } from "../context.js";
import { localeOf } from "../locale.js";
import { body, JSON_BODY, jsonBody, operation, problems, SIGNED_IN } from "../openapi/operation.js";
import { answerPortfolio } from "../services/portfolio-answer.js";
import type { PortfolioTask } from "../services/portfolio-compute.js";
import { portfolioInvalid as invalid, itemsByIds } from "../services/portfolio-items.js";

const GROUPS = 7; // the value tree's criterion groups, in eva-core's order (criterionGroups)
const share = z.number().min(0).max(1);

const PortfolioBody = z
  .object({
    assessmentIds: z
      .array(z.string().min(1).max(200))
      .min(1)
      .max(100)
      .describe("the submitted or approved assessments (proposals) to weigh against one budget"),
    budget: z
      .number()
      .min(0)
      .max(1e12)
      .describe("euros available (in the year, or in NPV terms without year)"),
    year: z.int().min(1990).max(2150).optional().describe("the budget year whose investments are the costs"),
    weights: z
      .object({
        spread: share
          .optional()
          .describe("each group weight ± this share of it (default 0.5); not together with lower/upper"),
        lower: z
          .array(share)
          .length(GROUPS)
          .optional()
          .describe("lower bound per group, in `criteria` order"),
        upper: z.array(share).length(GROUPS).optional().describe("upper bound per group, with lower"),
        order: z
          .array(
            z.tuple([
              z
                .int()
                .min(0)
                .max(GROUPS - 1),
              z
                .int()
                .min(0)
                .max(GROUPS - 1),
            ]),
          )
          .max(42)
          .optional()
          .describe(
            "[i, j]: group i weighs at least as much as group j; alone = the whole simplex in that order",
          ),
      })
      .strict()
      .optional(),
  })
  .strict()
  .openapi("PortfolioRequest");

const PortfolioQuery = z.object({
  format: z
    .enum(["json", "csv"])
    .optional()
    .describe("csv: the proposals as ;-separated CSV (also by Accept: text/csv)"),
});

export const PortfolioResultSchema = PortfolioReportSchema.extend({
  nonDominated: z
    .array(z.array(z.string()))
    .describe("the non-dominated portfolios, each as sorted assessment ids"),
  coreIndex: z
    .record(z.string(), share)
    .describe("per assessment id: share of the non-dominated portfolios containing it"),
  core: z.array(z.string()),
  borderline: z.array(z.string()),
  exterior: z.array(z.string()),
})
  .strict()
  .openapi("PortfolioResult");

const MAX_PORTFOLIOS = 5_000;

const wantsCsv = (c: Context<Env>, format?: string) =>
  format === "csv" || (format === undefined && /\btext\/csv\b/.test(c.req.header("accept") ?? ""));

export const portfolioApp = router().openapi(
  createRoute({
    method: "post",
    path: "/v1/portfolio",
    ...operation(
      "computePortfolio",
      "Portfolio",
      "Which proposals to fund within a budget, robust to weights the board has not agreed on (salkku)",
      "Robust Portfolio Modeling (Liesiö, Mild & Salo 2007) over the caller's submitted or approved " +
        "assessments: one project per assessment (its recommendation's score gain over the zero option per " +
        "criterion group, and its investment in `year` above the zero option, or its NPV cost without `year`). " +
        "The weights are the assessments' group weights ± `spread` (default 0.5), or the given bounds, and/or an " +
        "order. Answers the non-dominated portfolios and, for each proposal, its core index, class (core: fund, " +
        "exterior: drop, borderline: depends on the weights) and one sentence in the Accept-Language. Any role. " +
        "Large requests run in a worker thread; one that takes over 20 s is answered 422.",
    ),
    request: { query: PortfolioQuery, body: jsonBody(PortfolioBody) },
    responses: {
      200: body(
        {
          "application/json": { schema: PortfolioResultSchema },
          "text/csv": {
            schema: z.string().openapi({ description: "UTF-8 with BOM, ;-separated, one row per proposal" }),
          },
        },
        "the portfolio analysis (JSON), or its proposals as CSV",
        "Content-Disposition",
      ),
      ...problems(...SIGNED_IN, ...JSON_BODY, 404),
    },
  }),
  async (c) => {
    const body = c.req.valid("json");
    const { format } = c.req.valid("query");
    const w = body.weights ?? {};
    if ((w.lower === undefined) !== (w.upper === undefined))
      throw invalid(
        c,
        w.lower ? "/weights/upper" : "/weights/lower",
        "bounds_together",
        "error.boundsTogether",
      );
    if (w.spread !== undefined && w.lower)
      throw invalid(c, "/weights/spread", "spread_and_bounds", "error.spreadAndBounds");
    const locale = localeOf(c);
    const task: PortfolioTask = {
      items: await itemsByIds(c, body.assessmentIds),
      budget: body.budget,
      ...(body.year !== undefined ? { year: body.year } : {}),
      ...(body.weights ? { weights: body.weights as PortfolioTask["weights"] } : {}),
      locale,
      maxPortfolios: MAX_PORTFOLIOS,
    };
    const answer = await answerPortfolio(c, task);
    if (wantsCsv(c, format)) {
      c.header("Content-Type", "text/csv; charset=utf-8");
      c.header("Content-Disposition", `attachment; filename="eva-salkku-${body.year ?? "npv"}.csv"`);
      return c.body(`\uFEFF${portfolioReportCsv(answer, locale)}`, 200) as never;
    }
    return c.json(answer, 200);
  },
);
