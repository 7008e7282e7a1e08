import {
  type AssessmentDraftInput,
  AssessmentDraftSchema,
  evaluate,
  findingMessage,
  findingNames,
  findings,
  isEvaError,
  type Locale,
  localizeIssues,
  type Strategy,
  summarize,
} from "eva-core";
import { formatPercent } from "../format/percent.js";
import { provisionalAssessment } from "./provisional-assessment.js";

export interface LiveFinding {
  severity: "error" | "warning" | "info";
  title: string;
  action: string;
}

/** What the panel shows: small and plain, so it crosses from the worker cheaply. */
export type LiveResult =
  | { status: "incomplete"; findings: LiveFinding[] }
  | {
      status: "ok";
      /** true while the draft still lacks something: the ranking is provisional */
      provisional: boolean;
      /** best first */
      alternatives: Array<{
        id: string;
        name: string;
        rank: number;
        scoreText: string;
        firstRankText: string;
      }>;
      leader: string;
      /** the leader's share of first places over random weights (SMAA), in words */
      robustness: string;
      reasons: string[];
      sensitivity: string[];
      /** what is still missing or to check, under the result */
      findings: LiveFinding[];
    };

const MAX_ISSUES = 5;

/**
 * The live result of a draft from its first ratings on: eva-core's evaluate → summarize of the
 * draft as far as it goes (provisionalAssessment), with everything still missing listed under it
 * (findings, named in words). Before there is anything to rank, only the list. Pure (runs in the
 * worker, or on the main thread where there is no Worker).
 */
export function computeLiveResult(draft: unknown, strategy: Strategy, locale: Locale): LiveResult {
  const d = draft as AssessmentDraftInput;
  const names = findingNames(d, strategy, locale);
  const open: LiveFinding[] = findings(d, strategy)
    .filter((f) => f.severity !== "info")
    .map((f) => ({ severity: f.severity, ...findingMessage(f, locale, names) }));
  const malformed = AssessmentDraftSchema.safeParse(draft);
  const issues = malformed.success
    ? []
    : localizeIssues(malformed.error.issues, locale)
        .slice(0, MAX_ISSUES)
        .map((e): LiveFinding => ({ severity: "error", title: e.message, action: "" }));
  const missing = [...issues, ...open];
  const provisional = provisionalAssessment(draft);
  if (!provisional) return { status: "incomplete", findings: missing };
  try {
    const evaluation = evaluate(provisional, strategy);
    const summary = summarize(evaluation, { locale });
    const alternatives = evaluation.alternatives
      .map((alt, i) => ({
        id: alt.alternativeId,
        name: alt.name,
        rank: alt.rank,
        scoreText: summary.alternatives[i]?.scoreText ?? "",
        firstRankText: formatPercent(evaluation.smaa.rankAcceptability[i]?.[0] ?? 0, locale, 0),
      }))
      .sort((x, y) => x.rank - y.rank);
    const leaderId = evaluation.winnerIds[0];
    const leaderIndex = evaluation.alternatives.findIndex((a) => a.alternativeId === leaderId);
    const leader = evaluation.alternatives[leaderIndex]?.name ?? "";
    return {
      status: "ok",
      provisional: missing.some((f) => f.severity === "error"),
      alternatives,
      // summarize's reasons are this leader's advantages over the runner-up, whatever is recommended
      leader,
      robustness: formatPercent(evaluation.smaa.rankAcceptability[leaderIndex]?.[0] ?? 0, locale, 0),
      reasons: summary.recommendation.reasons,
      sensitivity: summary.sensitivity,
      findings: missing,
    };
  } catch (error) {
    if (!isEvaError(error)) throw error;
    return { status: "incomplete", findings: missing };
  }
}
