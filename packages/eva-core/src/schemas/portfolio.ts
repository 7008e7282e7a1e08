import { z } from "zod";
import { CriterionGroupSchema } from "./weights.js";

const share = z.number().min(0).max(1);
const euros = z.number().describe("euros");

export const PortfolioClassSchema = z
  .enum(["core", "borderline", "exterior"])
  .describe("core: in every non-dominated portfolio (fund it); exterior: in none; borderline: in some");

/** One proposal (one assessment's recommendation) in the portfolio analysis. */
export const PortfolioProposalSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    caseId: z.string(),
    status: z.enum(["submitted", "approved"]).optional(),
    cost: euros.describe(
      "the recommendation's investment in the year (or NPV cost) above the zero option, euros",
    ),
    /** the score gain over the zero option at the centre weights, on evaluate()'s 0..1 score scale */
    value: z.number(),
    /** the gain per criterion group, in `criteria` order */
    values: z.array(z.number()),
    coreIndex: share.describe("share of the non-dominated portfolios that contain it"),
    class: PortfolioClassSchema,
    /** for a borderline proposal, the groups whose higher weight brings it in and leaves it out */
    dependsOn: z
      .object({ favoredBy: CriterionGroupSchema.nullable(), disfavoredBy: CriterionGroupSchema.nullable() })
      .strict()
      .nullable(),
    /** one sentence: why it is core or exterior, or what a borderline proposal depends on */
    sentence: z.string(),
  })
  .strict();

/** salkku: which proposals to fund within a budget (Robust Portfolio Modeling), ready to show. */
export const PortfolioReportSchema = z
  .object({
    year: z.int().nullable().describe("the budget year whose investments are the costs; null = NPV costs"),
    budget: euros,
    criteria: z.array(
      z
        .object({
          id: CriterionGroupSchema,
          name: z.string(),
          weight: share.describe("the centre of the admissible weights"),
          lower: share,
          upper: share,
        })
        .strict(),
    ),
    /** the order constraints of the weights, as pairs of criterion indices [more, less] */
    order: z.array(z.tuple([z.int(), z.int()])),
    /** core first, then borderline by core index, then exterior */
    proposals: z.array(PortfolioProposalSchema),
    portfolios: z.int().min(0).describe("number of non-dominated portfolios"),
    budgetUsed: z
      .object({
        core: euros.describe("what the core proposals cost together"),
        min: euros.describe("the cheapest non-dominated portfolio"),
        max: euros.describe("the dearest non-dominated portfolio"),
      })
      .strict(),
    truncated: z.boolean().describe("the enumeration hit its cap: the classes are an approximation"),
  })
  .strict();

export type PortfolioReport = z.infer<typeof PortfolioReportSchema>;
export type PortfolioProposal = z.infer<typeof PortfolioProposalSchema>;
