import {
  type AssessmentDraftInput,
  AssessmentSchema,
  evaluate,
  findingMessage,
  findings,
  isEvaError,
  type Locale,
  localizeIssues,
  type Strategy,
  summarize,
} from "eva-core";

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
      /** best first */
      alternatives: Array<{
        id: string;
        name: string;
        rank: number;
        scoreText: string;
        firstRankText: string;
      }>;
      leader: string;
      reasons: string[];
      sensitivity: string[];
      findings: LiveFinding[];
    };

// the draft schema's messages when no finding says what is wrong (e.g. a malformed weight)
const MAX_ISSUES = 5;

/**
 * The live result of a draft: eva-core's evaluate → summarize when the draft parses with
 * AssessmentSchema; otherwise the findings that say what is missing. Pure (runs in the worker,
 * or on the main thread where there is no Worker).
 */
export function computeLiveResult(draft: unknown, strategy: Strategy, locale: Locale): LiveResult {
  const parsed = AssessmentSchema.safeParse(draft);
  if (!parsed.success) {
    const open: LiveFinding[] = findings(draft as AssessmentDraftInput, strategy)
      .filter((f) => f.severity !== "info")
      .map((f) => ({ severity: f.severity, ...findingMessage(f, locale) }));
    const issues = localizeIssues(parsed.error.issues, locale)
      .slice(0, MAX_ISSUES)
      .map((e): LiveFinding => ({ severity: "error", title: e.path, action: e.message }));
    return { status: "incomplete", findings: open.length > 0 ? open : issues };
  }
  try {
    const evaluation = evaluate(parsed.data, strategy);
    const summary = summarize(evaluation, { locale });
    const percent = new Intl.NumberFormat(locale === "en" ? "en-GB" : `${locale}-FI`, {
      style: "percent",
      maximumFractionDigits: 0,
    });
    const alternatives = evaluation.alternatives
      .map((alt, i) => ({
        id: alt.alternativeId,
        name: alt.name,
        rank: alt.rank,
        scoreText: summary.alternatives[i]?.scoreText ?? "",
        firstRankText: percent.format(evaluation.smaa.rankAcceptability[i]?.[0] ?? 0),
      }))
      .sort((x, y) => x.rank - y.rank);
    const leaderId = evaluation.winnerIds[0];
    return {
      status: "ok",
      alternatives,
      // summarize's reasons are this leader's advantages over the runner-up, whatever is recommended
      leader: evaluation.alternatives.find((a) => a.alternativeId === leaderId)?.name ?? "",
      reasons: summary.recommendation.reasons,
      sensitivity: summary.sensitivity,
      findings: summary.findings,
    };
  } catch (error) {
    if (!isEvaError(error)) throw error;
    return {
      status: "incomplete",
      findings: [{ severity: "error", title: error.code, action: error.message }],
    };
  }
}
