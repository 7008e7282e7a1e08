import { findingMessage } from "../i18n/findings-messages.js";
import { type SummaryMessageKey, summaryLabels, summaryMessages } from "../i18n/summary-messages.js";
import { robustnessVerdict } from "../robustness/verdict.js";
import { affectedGroups } from "../schemas/assessment.js";
import type { Locale, LocalizedText } from "../schemas/common.js";
import type { Evaluation } from "../schemas/evaluation.js";
import type { Summary } from "../schemas/summary.js";
import { fill, formatters, ratingSymbol, roundParts } from "./format.js";
import { matrixCell } from "./matrix-cell.js";
import { shortNames } from "./short-names.js";
import { verdictText } from "./verdict-text.js";

export interface SummarizeOptions {
  locale: Locale;
  /** when the summary was made (ISO date or date-time); the core reads no clock, so it is a parameter */
  preparedAt?: string;
  /** who prepared it, when the assessment names no preparer (e.g. the user who created it) */
  preparedBy?: string;
  /** who approved it and when (ISO date or date-time), for an approved assessment */
  approvedBy?: string;
  approvedAt?: string;
  /** the workflow state: a draft says so on page 1 */
  status?: "draft" | "submitted" | "approved";
  /** when the strategy version is in force (ISO dates), to name it on page 1 */
  strategyValidFrom?: string;
  strategyValidTo?: string | null;
}

const pick = (t: LocalizedText, locale: Locale) => t[locale] ?? t.fi;
// the appendix lists every risk; "what would change" names at most this many switching values
const TOP_SWITCHES = 3;
// page 1 names at most this many of those heard and this many budget years
const HEARD_ON_PAGE_ONE = 4;
const NEXT_YEARS = 3;
// page 1 quotes a risk's mitigation up to this many characters; the appendix has it whole
const MITIGATION_ON_PAGE_ONE = 220;
const NAME_ON_PAGE_ONE = 80;
const HEARD_NAME_ON_PAGE_ONE = 50;
const PREPARER_ON_PAGE_ONE = 100;

/**
 * tiivistelmä: the board's summary of an evaluation in fi, sv or en, as data with every text
 * localised and every number formatted: page 1 that decides, then the appendix. Renderers
 * (Markdown, SVG, HTML, PDF) only lay it out. No text shows a raw id or code.
 * @example summarize(evaluate(demoAssessment, exampleStrategies.kaarina), { locale: "fi" }).recommendation.sentence
 */
export function summarize(evaluation: Evaluation, options: SummarizeOptions): Summary {
  const locale = options.locale;
  const m = summaryMessages[locale];
  const t = (key: SummaryMessageKey, params: Record<string, string | number> = {}) => fill(m[key], params);
  const f = formatters(locale);
  const labels = summaryLabels[locale];
  const e = evaluation;
  const a = e.assessment;
  const short = shortNames(a.alternatives);
  const fullName = (id: string | null | undefined) => a.alternatives.find((x) => x.id === id)?.name ?? "";
  const shortOf = (id: string | null | undefined) => (id ? (short[id] ?? fullName(id)) : "");
  const criterion = (id: string) => e.criteria.find((x) => x.id === id);
  const criterionLabel = (id: string) => {
    const c = criterion(id);
    return c ? pick(c.label, locale) : "";
  };
  const groupLabel = (g: string) => t(`group.${g}` as SummaryMessageKey);
  const bandText = (band: string | null) =>
    band === null ? t("sentence.noRiskBand") : ((m as Record<string, string>)[`band.${band}`] ?? band);

  const headings = Object.fromEntries(
    (Object.keys(m) as SummaryMessageKey[])
      .filter((k) => k.startsWith("heading.") || k.startsWith("label."))
      .map((k) => [k, m[k]]),
  );

  const alternatives = e.alternatives.map((r) => {
    const alt = a.alternatives.find((x) => x.id === r.alternativeId);
    return {
      id: r.alternativeId,
      name: r.name,
      shortName: shortOf(r.alternativeId),
      description: alt?.description ?? "",
      baseline: r.baseline,
      rank: r.rank,
      score: r.score,
      scoreText: f.points(r.score),
      note: r.baseline ? m["label.baseline"] : "",
    };
  });

  const recId = e.recommendedId;
  const best = e.winnerIds[0] ?? recId;
  const isBest = e.winnerIds.includes(recId);
  const recResult = e.alternatives.find((x) => x.alternativeId === recId);
  const runnerUp = [...e.alternatives]
    .filter((x) => x.alternativeId !== best)
    .sort((x, y) => x.rank - y.rank)[0];
  const { intro: reasonsIntro, reasons } = decidingReasons();

  const verdict = robustnessVerdict(e);
  const verdictWords = verdictText(verdict, { t, f, name: shortOf, criterion: criterionLabel });

  const winnerIndex = e.alternatives.findIndex((x) => x.alternativeId === best);
  const sensitivity: string[] = [];
  const switches = e.switching.weights
    .filter((s) => s.switchAt !== null && s.delta !== null && s.rivalId !== null)
    .sort((x, y) => Math.abs(x.delta ?? 0) - Math.abs(y.delta ?? 0))
    .slice(0, TOP_SWITCHES);
  for (const s of switches) {
    const key = (s.delta ?? 0) > 0 ? "sentence.switchAbove" : "sentence.switchBelow";
    sensitivity.push(
      t(key, {
        criterion: criterionLabel(s.criterionId),
        t: f.weightPercent(s.switchAt ?? 0),
        w: f.weightPercent(s.weight),
        rival: shortOf(s.rivalId),
      }),
    );
  }
  if (switches.length === 0) sensitivity.push(t("sentence.noSwitch"));
  const ratingSwitch = e.switching.ratings
    .filter((r) => r.steps !== null && r.rivalId !== null && criterion(r.criterionId)?.measure === "rating")
    .sort((x, y) => (x.steps ?? 0) - (y.steps ?? 0))[0];
  if (ratingSwitch) {
    const steps = Math.max(1, ratingSwitch.steps ?? 1);
    sensitivity.push(
      t(steps === 1 ? "sentence.ratingSwitchOne" : "sentence.ratingSwitch", {
        criterion: criterionLabel(ratingSwitch.criterionId),
        steps,
        rival: shortOf(ratingSwitch.rivalId),
      }),
    );
  }
  const firstRank = e.smaa.rankAcceptability[winnerIndex]?.[0] ?? 0;
  sensitivity.push(
    t("sentence.smaa", {
      name: shortOf(best),
      percent: f.percent(firstRank),
      samples: f.number(e.smaa.samples),
    }),
  );

  const groups = e.groups.map((g) => ({
    id: g.id,
    label: groupLabel(g.id),
    weight: g.weight,
    weightText: `${f.weightPercent(g.weight)} %`,
  }));
  const groupScores = e.alternatives.map((r) => {
    const values = e.groups.map((g) => r.groupContributions[g.id] ?? 0);
    // the chart's numbers add up to the total it shows (largest remainder on 0–100 points)
    const points = roundParts(
      values.map((v) => Math.max(0, v) * 100),
      r.score * 100,
    );
    return {
      alternativeId: r.alternativeId,
      name: r.name,
      shortName: shortOf(r.alternativeId),
      total: r.score,
      totalText: f.points(r.score),
      cells: e.groups.map((g, k) => ({
        group: g.id,
        value: values[k] ?? 0,
        text: f.number(points[k] ?? 0),
      })),
    };
  });

  const rated = e.criteria.filter((c) => c.measure === "rating");
  const matrix = rated.map((c) => ({
    criterionId: c.id,
    label: pick(c.label, locale),
    group: c.group,
    groupLabel: groupLabel(c.group),
    cells: a.alternatives.map((alt) =>
      matrixCell(
        alt.id,
        a.ratings.find((x) => x.alternativeId === alt.id && x.criterionId === c.id),
        locale,
      ),
    ),
  }));

  const riskRows = e.risk.alternatives
    .flatMap((ra) =>
      ra.risks.map((r) => {
        const item = a.risks?.items.find((x) => x.id === r.id);
        return {
          title: r.title,
          alternative: shortOf(ra.alternativeId),
          alternativeId: ra.alternativeId,
          band: r.residualBand,
          bandText: bandText(r.residualBand),
          score: r.residualScore,
          mitigation: item?.mitigation?.trim() || m["label.none"],
          public: r.public,
        };
      }),
    )
    .sort((x, y) => y.score - x.score || x.title.localeCompare(y.title, locale));
  // the risk the board takes by deciding as proposed: the recommended alternative's largest,
  // or else the largest of all
  const top = riskRows.find((r) => r.alternativeId === recId) ?? riskRows[0];
  const topRisk = top
    ? t("sentence.topRisk", {
        title: clip(top.title, NAME_ON_PAGE_ONE),
        alternative: top.alternative,
        band: top.bandText,
        mitigation: clip(top.mitigation, MITIGATION_ON_PAGE_ONE),
      })
    : t("sentence.noRisks");

  const withFlows = e.economy.alternatives.filter((x) => x.hasFlows);
  const nextYears = e.economy.years.slice(0, NEXT_YEARS);
  const money = {
    discountRate: t("sentence.discountRate", { rate: f.number(e.economy.discountRate * 100) }),
    none: withFlows.length === 0 ? t("sentence.noMoney") : "",
    years: e.economy.years,
    nextYears,
    rows: withFlows.map((x) => ({
      alternativeId: x.alternativeId,
      alternative: shortOf(x.alternativeId),
      npv: x.npv,
      npvText: f.euros(x.npv),
      byYear: x.byYear.map((y) => f.euros(y.net)),
      nextYears: x.byYear.slice(0, NEXT_YEARS).map((y) => f.euros(y.net)),
      funding: x.fundingSource,
    })),
  };

  const recRatings = a.ratings.filter(
    (r) => r.alternativeId === recId && criterion(r.criterionId) && /^(goal|value):/.test(r.criterionId),
  );
  const effect = (r: (typeof recRatings)[number]) =>
    `${criterionLabel(r.criterionId)} (${ratingSymbol(typeof r.value === "number" ? r.value : null)})`;
  const strategyEffects = {
    helped: recRatings.filter((r) => typeof r.value === "number" && r.value > 0).map(effect),
    harmed: recRatings.filter((r) => typeof r.value === "number" && r.value < 0).map(effect),
  };

  const whoOf = (p: (typeof a.participation)[number]) => p.who?.trim() || labels.participant[p.group];
  const participation = a.participation.map((p) => {
    const text = t("sentence.participation", {
      who: whoOf(p),
      method: labels.method[p.method],
      summary: p.summary,
    });
    return p.changes?.trim() ? `${text} ${t("sentence.participationChanged", { changes: p.changes })}` : text;
  });
  const heardNames = [...new Set(a.participation.map((p) => clip(whoOf(p), HEARD_NAME_ON_PAGE_ONE)))];
  const heardShown =
    heardNames.length > HEARD_ON_PAGE_ONE + 1 ? heardNames.slice(0, HEARD_ON_PAGE_ONE) : heardNames;
  const heard =
    heardNames.length === 0
      ? t("sentence.heardNone")
      : endsOnce(
          t("sentence.heard", {
            list: f.list([
              ...heardShown,
              ...(heardShown.length < heardNames.length
                ? [t("sentence.heardMore", { count: heardNames.length - heardShown.length })]
                : []),
            ]),
          }),
        );

  const affected = new Set(a.ratings.flatMap((r) => r.affectedGroups ?? []));
  const affectedGroupsText = affectedGroups.filter((g) => affected.has(g)).map((g) => labels.affected[g]);

  // a finding's parameters name criteria, alternatives and risks by id: the board reads their names
  const riskTitle = (id: string) => a.risks?.items.find((x) => x.id === id)?.title;
  const openFindings = e.findings.map((x) => ({
    severity: x.severity,
    ...findingMessage(x, locale, (key, value) => {
      if (typeof value === "number") return f.number(value);
      if (typeof value !== "string") return undefined;
      if (key === "criterionId") return criterionLabel(value) || labels.unknownCriterion;
      if (key === "alternativeId" || key === "by" || key === "best") return shortOf(value);
      if (key === "riskId") return riskTitle(value) ?? "";
      if (key === "date") return f.date(value);
      return undefined;
    }),
  }));
  const followUp = a.conclusion.followUp
    ? { date: f.date(a.conclusion.followUp.date), indicators: a.conclusion.followUp.indicators }
    : null;

  const preparer = a.basics.preparer;
  const preparedBy = preparer.name.trim()
    ? [preparer.name, preparer.title].filter(Boolean).join(", ")
    : options.preparedBy?.trim() || null;
  const preparedAt = options.preparedAt ? f.date(options.preparedAt.slice(0, 10)) : null;
  const approvedAt = options.approvedAt ? f.date(options.approvedAt.slice(0, 10)) : null;
  const approvedBy = options.approvedBy?.trim() || null;
  const strategyName = pick(e.strategy.name, locale);
  const version = e.strategy.version;
  const from = options.strategyValidFrom ? f.date(options.strategyValidFrom) : null;
  const to = options.strategyValidTo ? f.date(options.strategyValidTo) : null;
  const preparation = [
    preparedBy ? t("sentence.prepared", { who: clip(preparedBy, PREPARER_ON_PAGE_ONE) }) : "",
    preparedAt && !approvedAt ? t("sentence.preparedAt", { date: preparedAt }) : "",
    approvedAt
      ? approvedBy
        ? t("sentence.approved", { who: clip(approvedBy, PREPARER_ON_PAGE_ONE), date: approvedAt })
        : t("sentence.approvedAt", { date: approvedAt })
      : "",
    from && to
      ? t("sentence.strategyValid", { name: strategyName, version, from, to })
      : from
        ? t("sentence.strategyValidFrom", { name: strategyName, version, from })
        : t("sentence.strategy", { name: strategyName, version }),
  ].filter(Boolean);
  const status = options.status ?? null;

  const chartDescription = groupScores
    .map((g) => t("sentence.chartDesc", { name: g.shortName, total: g.totalText }))
    .join("")
    .trim();

  return {
    locale,
    headings,
    title: a.basics.title,
    caseId: a.basics.caseRef.caseId.trim(),
    caseSystem: labels.system[a.basics.caseRef.system],
    decisionBody: a.basics.decisionBody,
    deadline: a.basics.deadline ? f.date(a.basics.deadline) : null,
    problem: a.basics.problem,
    objective: a.basics.objective,
    strategy: `${strategyName}, v${version}`,
    preparedBy,
    preparedAt,
    status,
    statusText: status ? t(`status.${status}`) : "",
    approvedBy,
    approvedAt,
    preparation,
    alternatives,
    recommendation: {
      alternativeId: recId,
      name: fullName(recId),
      shortName: shortOf(recId),
      isBest,
      sentence: isBest
        ? t("sentence.recommendBest", { name: shortOf(recId), score: f.points(recResult?.score ?? 0) })
        : t("sentence.recommendNotBest", { name: shortOf(recId), best: shortOf(best) }),
      justification: a.conclusion.justification,
      notBestReason: a.conclusion.notBestReason?.trim() || null,
      reasonsIntro,
      reasons,
    },
    sensitivity,
    robust: verdict.stable,
    verdict: {
      stable: verdict.stable,
      codes: verdict.signals.map((s) => s.code),
      sentence: verdictWords.sentence,
      details: verdictWords.details,
    },
    groups,
    groupScores,
    matrix,
    risks: riskRows.map(({ alternativeId: _id, ...r }) => r),
    topRisk,
    money,
    strategyEffects,
    participation,
    heard,
    affectedGroups: affectedGroupsText,
    completeness: {
      percent: e.completeness.percent,
      text: t("sentence.completeness", { percent: f.number(Math.round(e.completeness.percent)) }),
    },
    findings: openFindings,
    followUp,
    chart: {
      title: t("sentence.chartTitle"),
      description: chartDescription,
      maxTotal: Math.max(0, ...groupScores.map((g) => g.total)),
    },
    method: t("sentence.method", { samples: f.number(e.smaa.samples) }),
  };

  /**
   * The three criteria that decide it: the largest weighted advantages of the best alternative
   * over the runner-up, each with its weight in % and both alternatives' ratings (or money, or
   * risk level) in the board's own terms.
   */
  function decidingReasons(): { intro: string; reasons: string[] } {
    const comparison = e.comparisons.find(
      (c) => c.winnerId === best && c.otherId === runnerUp?.alternativeId,
    );
    if (!comparison || !runnerUp) return { intro: "", reasons: [] };
    const other = runnerUp.alternativeId;
    const reasons = comparison.reasons
      .filter((r) => r.difference > 0)
      .slice(0, 3)
      .map((r) => {
        const c = criterion(r.criterionId);
        const common = {
          criterion: criterionLabel(r.criterionId),
          weight: f.weightPercent(c?.weight ?? 0),
          best: shortOf(best),
          other: shortOf(other),
        };
        if (c?.measure === "npv") {
          const npvOf = (id: string) => e.economy.alternatives.find((x) => x.alternativeId === id)?.npv ?? 0;
          return t("sentence.reasonNpv", {
            ...common,
            bestValue: f.euros(npvOf(best)),
            otherValue: f.euros(npvOf(other)),
          });
        }
        if (c?.measure === "risk") {
          const bandOf = (id: string) =>
            e.risk.alternatives.find((x) => x.alternativeId === id)?.topBand ?? null;
          return t("sentence.reasonRisk", {
            ...common,
            bestValue: bandText(bandOf(best)),
            otherValue: bandText(bandOf(other)),
          });
        }
        const ratingOf = (id: string) => {
          const v = a.ratings.find((x) => x.alternativeId === id && x.criterionId === r.criterionId)?.value;
          return typeof v === "number" ? ratingSymbol(v) : m["label.notAssessed"];
        };
        return t("sentence.reasonRating", {
          ...common,
          bestValue: ratingOf(best),
          otherValue: ratingOf(other),
        });
      });
    return reasons.length > 0
      ? { intro: t("sentence.reasonsIntro", { other: shortOf(other) }), reasons }
      : { intro: "", reasons };
  }
}

/** A sentence whose last quoted name was cut ("… henkilöstö…."): one mark at its end, not two. */
const endsOnce = (sentence: string) => sentence.replace(/…\.$/, "…");

/** `text` up to `max` characters, cut at a word with "…" (page 1 quotes; the appendix has it whole). */
function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.–-]+$/, "")}…`;
}
