import {
  type AffectedGroup,
  type Assessment,
  AssessmentSchema,
  type Participation,
  type Rating,
  type Risk,
} from "../../schemas/assessment.js";

type R = -3 | -2 | -1 | 0 | 1 | 2 | 3;
/** [rating, justification, affected groups] */
export type Effect = [R, string, AffectedGroup[]?];

/** Every criterion of Kaarina's value tree that is rated (language rights only in bilingual towns, NPV computed). */
export const kaarinaCriteria = [
  "goal:vastuullinen-johtaminen",
  "goal:hyvinvoinnin-edistaminen",
  "goal:viihtyisa-lahiymparisto",
  "goal:sujuvat-arjen-palvelut",
  "value:yhdessa",
  "value:avoimesti",
  "value:asiakaslahtoisesti",
  "dim:health-wellbeing",
  "dim:children",
  "dim:equality",
  "dim:gender-equality",
  "dim:participation",
  "dim:accessibility",
  "dim:safety",
  "dim:climate-mitigation",
  "dim:climate-adaptation",
  "dim:nature",
  "dim:living-environment",
  "dim:residents-finances",
  "dim:business-vitality",
  "dim:personnel",
] as const;
export type KaarinaCriterion = (typeof kaarinaCriteria)[number];

/** One proposal on the board's table, written compactly: two alternatives, the zero option first. */
export interface ProposalSpec {
  caseId: string;
  title: string;
  preparer: [name: string, title: string];
  problem: string;
  objective: string;
  /** the zero option (nollavaihtoehto) */
  zero: { name: string; description: string; effects?: Partial<Record<KaarinaCriterion, Effect>> };
  /** the proposal; criteria not listed are rated 0 (no identified effect) */
  proposal: {
    id: string;
    name: string;
    shortName: string;
    description: string;
    actions: string;
    effects: Partial<Record<KaarinaCriterion, Effect>>;
  };
  /** investment in 2026 and 2027, euros */
  investment: [number, number];
  /** yearly operating cost 2026–2030 of the zero option, and the proposal's change to it from 2028 */
  operating: { zero: number; change: number };
  funding: string;
  risks: Array<Omit<Risk, "id" | "alternativeId" | "public"> & { zero?: boolean }>;
  screening: { children: boolean; services: boolean; environment: boolean; personnel: boolean };
  heard: Array<Omit<Participation, "id">>;
  justification: string;
  indicators: string[];
}

const years = [2026, 2027, 2028, 2029, 2030];
const noEffect = "Ei tunnistettua vaikutusta.";

/**
 * A complete assessment (submittable: every criterion rated, every non-zero rating justified)
 * from a compact spec. Written by us for the portfolio demo; the goals and values are Kaarina's
 * (seed 002) and the case ids follow Kaarina's Dynasty pattern.
 */
export function buildProposal(spec: ProposalSpec): Assessment {
  const zeroId = "nykytila";
  const rating = (
    alternativeId: string,
    criterionId: KaarinaCriterion,
    effect: Effect | undefined,
  ): Rating => ({
    alternativeId,
    criterionId,
    value: effect?.[0] ?? 0,
    justification: effect?.[1] ?? noEffect,
    confidence: "medium",
    horizon: "long",
    ...(effect?.[2] ? { affectedGroups: effect[2] } : {}),
  });
  const ratings = kaarinaCriteria.flatMap((c) => [
    rating(zeroId, c, spec.zero.effects?.[c]),
    rating(spec.proposal.id, c, spec.proposal.effects[c]),
  ]);
  const { zero, change } = spec.operating;
  const rows = (investment: number[], operating: (year: number) => number) =>
    years.map((year, i) => ({
      year,
      operatingCost: operating(year),
      investment: investment[i] ?? 0,
      income: 0,
    }));
  return AssessmentSchema.parse({
    schemaVersion: 1,
    strategyRef: { id: "kaarina-strategia", version: 1 },
    basics: {
      title: spec.title,
      caseRef: { organization: "kaarina", system: "dynasty", caseId: spec.caseId },
      decisionBody: "Kaupunginhallitus",
      preparer: { name: spec.preparer[0], title: spec.preparer[1] },
      presenter: { name: "Kaupunginjohtaja" },
      deadline: "2026-03-16",
      problem: spec.problem,
      objective: spec.objective,
      language: "fi",
      publicity: { class: "public", containsPersonalData: false, showInResidentView: false },
    },
    screening: {
      answers: {
        costAboveThreshold: spec.investment[0] + spec.investment[1] >= 250_000,
        affectsChildren: spec.screening.children,
        affectsServices: spec.screening.services,
        affectsEnvironment: spec.screening.environment,
        affectsPersonnel: spec.screening.personnel,
        affectsLanguageRights: false,
        irreversible: false,
      },
      estimatedCost: spec.investment[0] + spec.investment[1],
      costThreshold: 250_000,
      outcome: "full",
    },
    alternatives: [
      { id: zeroId, name: spec.zero.name, description: spec.zero.description, baseline: true },
      {
        id: spec.proposal.id,
        name: spec.proposal.name,
        shortName: spec.proposal.shortName,
        description: spec.proposal.description,
        actions: spec.proposal.actions,
        baseline: false,
      },
    ],
    ratings,
    economy: {
      discountRate: 0.03,
      baseYear: 2026,
      flows: [
        { alternativeId: zeroId, rows: rows([], () => zero), fundingSource: "Käyttötalous" },
        {
          alternativeId: spec.proposal.id,
          rows: rows(spec.investment, (year) => zero + (year >= 2028 ? change : 0)),
          fundingSource: spec.funding,
        },
      ],
    },
    risks: {
      items: spec.risks.map(({ zero: onZero, ...r }, i) => ({
        ...r,
        id: `r${i + 1}`,
        alternativeId: onZero ? zeroId : spec.proposal.id,
      })),
    },
    participation: spec.heard.map((p, i) => ({ ...p, id: `p${i + 1}` })),
    conclusion: {
      recommendedAlternativeId: spec.proposal.id,
      justification: spec.justification,
      followUp: { date: "2029-06-01", indicators: spec.indicators, responsible: spec.preparer[1] },
    },
  });
}
