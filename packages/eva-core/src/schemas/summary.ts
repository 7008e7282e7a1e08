import { z } from "zod";
import { LocaleSchema } from "./common.js";
import { CriterionGroupSchema } from "./weights.js";

const text = z.string();

/** tiivistelmä: the board's one-page summary as data, every text localised and formatted. */
export const SummarySchema = z
  .object({
    locale: LocaleSchema,
    /** section headings and labels in the summary's language */
    headings: z.record(z.string(), text),
    title: text,
    caseId: text,
    caseSystem: text,
    decisionBody: text,
    deadline: text.nullable(),
    problem: text,
    objective: text,
    strategy: text,
    preparedBy: text.nullable(),
    preparedAt: text.nullable(),
    alternatives: z.array(
      z
        .object({
          id: z.string(),
          name: text,
          description: text,
          baseline: z.boolean(),
          rank: z.int(),
          score: z.number(),
          scoreText: text,
          /** "(nollavaihtoehto)" or "" */
          note: text,
        })
        .strict(),
    ),
    recommendation: z
      .object({
        alternativeId: z.string(),
        name: text,
        isBest: z.boolean(),
        sentence: text,
        justification: text,
        notBestReason: text.nullable(),
        /** the three criteria that decide it, as sentences */
        reasons: z.array(text),
      })
      .strict(),
    /** "what would change the outcome": switching values and SMAA in words */
    sensitivity: z.array(text),
    robust: z.boolean(),
    groups: z.array(
      z.object({ id: CriterionGroupSchema, label: text, weight: z.number(), weightText: text }).strict(),
    ),
    /** alternative × group: contributions to the score (the chart's numbers) */
    groupScores: z.array(
      z
        .object({
          alternativeId: z.string(),
          name: text,
          total: z.number(),
          totalText: text,
          cells: z.array(z.object({ group: CriterionGroupSchema, value: z.number(), text }).strict()),
        })
        .strict(),
    ),
    /** the impact matrix: criteria × alternatives, with sign and uncertainty per cell */
    matrix: z.array(
      z
        .object({
          criterionId: z.string(),
          label: text,
          group: CriterionGroupSchema,
          groupLabel: text,
          cells: z.array(
            z
              .object({
                alternativeId: z.string(),
                rating: z.number().nullable(),
                symbol: text,
                /** "" when confident, else "?" marks */
                uncertainty: text,
                description: text,
              })
              .strict(),
          ),
        })
        .strict(),
    ),
    risks: z.array(
      z
        .object({
          title: text,
          alternative: text,
          band: text,
          bandText: text,
          score: z.number(),
          mitigation: text,
          public: z.boolean(),
        })
        .strict(),
    ),
    money: z
      .object({
        discountRate: text,
        years: z.array(z.int()),
        rows: z.array(
          z
            .object({
              alternative: text,
              npv: z.number(),
              npvText: text,
              byYear: z.array(text),
              funding: text.nullable(),
            })
            .strict(),
        ),
      })
      .strict(),
    strategyEffects: z.object({ helped: z.array(text), harmed: z.array(text) }).strict(),
    participation: z.array(text),
    affectedGroups: z.array(text),
    completeness: z.object({ percent: z.number(), text }).strict(),
    findings: z.array(
      z.object({ severity: z.enum(["error", "warning", "info"]), title: text, action: text }).strict(),
    ),
    followUp: z
      .object({ date: text, indicators: z.array(text) })
      .strict()
      .nullable(),
    chart: z
      .object({
        title: text,
        description: text,
        maxTotal: z.number(),
      })
      .strict(),
    method: text,
  })
  .strict();
export type Summary = z.infer<typeof SummarySchema>;
