import { z } from "zod";
import { LocaleSchema } from "./common.js";
import { VerdictCodeSchema } from "./verdict.js";
import { CriterionGroupSchema } from "./weights.js";

const text = z.string();

/**
 * tiivistelmä: the board's summary as data, every text localised and formatted. Page 1 decides
 * (the question, the alternatives by short name, the recommendation and its three reasons, the
 * robustness verdict, what would change the outcome, money, the top risk, who was heard, who
 * prepared and approved it); the rest is the appendix. Texts never show a raw id or code: ids
 * are only in the fields named `…Id`/`id`, `group`, `band`, `codes` and `headings`' keys.
 */
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
    /** the workflow state the summary was made in, when the caller said it */
    status: z.enum(["draft", "submitted", "approved"]).nullable(),
    statusText: text,
    approvedBy: text.nullable(),
    approvedAt: text.nullable(),
    /** who prepared, who approved and when, which strategy version: sentences */
    preparation: z.array(text),
    alternatives: z.array(
      z
        .object({
          id: z.string(),
          name: text,
          /** how page 1, the chart, the tables and the matrix name it (shortNames) */
          shortName: text,
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
        shortName: text,
        isBest: z.boolean(),
        sentence: text,
        justification: text,
        notBestReason: text.nullable(),
        /** the lead-in of `reasons` ("the differences to B that decide it most:"); "" without reasons */
        reasonsIntro: text,
        /** the three criteria that decide it, as sentences */
        reasons: z.array(text),
      })
      .strict(),
    /** "what would change the outcome": switching values (weights in %) and the random weightings in words */
    sensitivity: z.array(text),
    /** the same as verdict.stable (kept for older readers) */
    robust: z.boolean(),
    /** robustnessVerdict in words: one sentence, and one per signal for the appendix */
    verdict: z
      .object({
        stable: z.boolean(),
        codes: z.array(VerdictCodeSchema),
        sentence: text,
        details: z.array(text),
      })
      .strict(),
    groups: z.array(
      z.object({ id: CriterionGroupSchema, label: text, weight: z.number(), weightText: text }).strict(),
    ),
    /** alternative × group: contributions to the score (the chart's numbers) */
    groupScores: z.array(
      z
        .object({
          alternativeId: z.string(),
          name: text,
          shortName: text,
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
                /** what the cell shows: the sign and the uncertainty mark, or "not assessed" */
                text,
                /** the cell's colour: positive, negative, zero or not assessed */
                tone: z.enum(["positive", "negative", "zero", "none"]),
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
        /** "" when there are flows, else that none are recorded */
        none: text,
        years: z.array(z.int()),
        /** the first budget years, for page 1 */
        nextYears: z.array(z.int()),
        rows: z.array(
          z
            .object({
              alternativeId: z.string(),
              alternative: text,
              npv: z.number(),
              npvText: text,
              byYear: z.array(text),
              nextYears: z.array(text),
              funding: text.nullable(),
            })
            .strict(),
        ),
      })
      .strict(),
    /** the recommended alternative's largest residual risk (or the largest of all), as a sentence */
    topRisk: text,
    strategyEffects: z.object({ helped: z.array(text), harmed: z.array(text) }).strict(),
    participation: z.array(text),
    /** who was heard, in one sentence for page 1 */
    heard: text,
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
