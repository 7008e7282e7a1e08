import { type FindingNameOf, findingMessage } from "../i18n/findings-messages.js";
import { type SummaryMessageKey, summaryLabels, summaryMessages } from "../i18n/summary-messages.js";
import { affectedGroups } from "../schemas/assessment.js";
import type { Locale, LocalizedText } from "../schemas/common.js";
import type { Evaluation } from "../schemas/evaluation.js";
import type { Summary } from "../schemas/summary.js";
import { fill, formatters, ratingSymbol } from "./format.js";

export interface SummarizeOptions {
  locale: Locale;
  /** when the summary was made (ISO date or date-time); the core reads no clock, so it is a parameter */
  preparedAt?: string;
}

const pick = (t: LocalizedText, locale: Locale) => t[locale] ?? t.fi;
// the summary lists at most this many risks and "what would change" sentences: it is one page
const TOP_RISKS = 5;
const TOP_SWITCHES = 3;

/**
 * tiivistelmä: the board's one-page summary of an evaluation in fi, sv or en, as data with every
 * text localised and every number formatted. Renderers (Markdown, SVG, HTML) only lay it out.
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
  const nameOf = (id: string | null | undefined) =>
    a.alternatives.find((x) => x.id === id)?.name ?? String(id ?? "");
  const criterionLabel = (id: string) => {
    const c = e.criteria.find((x) => x.id === id);
    return c ? pick(c.label, locale) : id;
  };
  const groupLabel = (g: string) => t(`group.${g}` as SummaryMessageKey);

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
      description: alt?.description ?? "",
      baseline: r.baseline,
      rank: r.rank,
      score: r.score,
      scoreText: f.score(r.score),
      note: r.baseline ? m["label.baseline"] : "",
    };
  });

  const recId = e.recommendedId;
  const best = e.winnerIds[0] ?? recId;
  const isBest = e.winnerIds.includes(recId);
  const recResult = e.alternatives.find((x) => x.alternativeId === recId);
  // the three criteria that decide it: the largest weighted advantages of the best alternative over
  // the runner-up (the comparison that decides the order); others only when that one has fewer
  const runnerUp = [...e.alternatives]
    .filter((x) => x.alternativeId !== best)
    .sort((x, y) => x.rank - y.rank)[0];
  const reasons = e.comparisons
    .filter((c) => c.winnerId === best)
    .sort((x, y) =>
      x.otherId === runnerUp?.alternativeId ? -1 : y.otherId === runnerUp?.alternativeId ? 1 : 0,
    )
    .flatMap((c) => c.reasons.filter((r) => r.difference > 0).map((r) => ({ ...r, other: c.otherId })))
    .filter((r, i, all) => all.findIndex((x) => x.criterionId === r.criterionId) === i)
    .slice(0, 3)
    .map((r) =>
      t("sentence.reason", {
        criterion: criterionLabel(r.criterionId),
        other: nameOf(r.other),
        diff: f.score(r.difference),
      }),
    );

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
        t: f.score(s.switchAt ?? 0),
        rival: nameOf(s.rivalId),
      }),
    );
  }
  if (switches.length === 0) sensitivity.push(t("sentence.noSwitch"));
  const ratingSwitch = e.switching.ratings
    .filter((r) => r.steps !== null && r.rivalId !== null)
    .sort((x, y) => (x.steps ?? 0) - (y.steps ?? 0))[0];
  if (ratingSwitch) {
    sensitivity.push(
      t("sentence.ratingSwitch", {
        criterion: criterionLabel(ratingSwitch.criterionId),
        steps: ratingSwitch.steps ?? 0,
        rival: nameOf(ratingSwitch.rivalId),
      }),
    );
  }
  const firstRank = e.smaa.rankAcceptability[winnerIndex]?.[0] ?? 0;
  sensitivity.push(t("sentence.smaa", { name: nameOf(best), percent: f.percent(firstRank) }));
  const robust = !e.findings.some((x) => x.code === "winner_fragile") && firstRank >= 0.5;
  sensitivity.push(robust ? t("sentence.robust") : t("sentence.fragile"));

  const groups = e.groups.map((g) => ({
    id: g.id,
    label: groupLabel(g.id),
    weight: g.weight,
    weightText: f.score(g.weight),
  }));
  const groupScores = e.alternatives.map((r) => ({
    alternativeId: r.alternativeId,
    name: r.name,
    total: r.score,
    totalText: f.score(r.score),
    cells: e.groups.map((g) => {
      const value = r.groupContributions[g.id] ?? 0;
      return { group: g.id, value, text: f.score(value) };
    }),
  }));

  const rated = e.criteria.filter((c) => c.measure === "rating");
  const matrix = rated.map((c) => ({
    criterionId: c.id,
    label: pick(c.label, locale),
    group: c.group,
    groupLabel: groupLabel(c.group),
    cells: a.alternatives.map((alt) => {
      const r = a.ratings.find((x) => x.alternativeId === alt.id && x.criterionId === c.id);
      const rating = typeof r?.value === "number" ? r.value : null;
      const uncertain = r?.confidence === "low";
      const symbol = ratingSymbol(rating);
      const description =
        rating === null ? m["label.notAssessed"] : uncertain ? `${symbol} (${m["label.uncertain"]})` : symbol;
      return { alternativeId: alt.id, rating, symbol, uncertainty: uncertain ? "?" : "", description };
    }),
  }));

  const riskRows = e.risk.alternatives
    .flatMap((ra) =>
      ra.risks.map((r) => {
        const item = a.risks?.items.find((x) => x.id === r.id);
        return {
          title: r.title,
          alternative: nameOf(ra.alternativeId),
          band: r.residualBand,
          bandText: (m as Record<string, string>)[`band.${r.residualBand}`] ?? r.residualBand,
          score: r.residualScore,
          mitigation: item?.mitigation?.trim() || m["label.none"],
          public: r.public,
        };
      }),
    )
    .sort((x, y) => y.score - x.score || x.title.localeCompare(y.title))
    .slice(0, TOP_RISKS);

  const money = {
    discountRate: t("sentence.discountRate", { rate: f.number(e.economy.discountRate * 100) }),
    years: e.economy.years,
    rows: e.economy.alternatives
      .filter((x) => x.hasFlows)
      .map((x) => ({
        alternative: nameOf(x.alternativeId),
        npv: x.npv,
        npvText: f.euros(x.npv),
        byYear: x.byYear.map((y) => f.euros(y.net)),
        funding: x.fundingSource,
      })),
  };

  const recRatings = a.ratings.filter(
    (r) => r.alternativeId === recId && /^(goal|value):/.test(r.criterionId),
  );
  const effect = (r: (typeof recRatings)[number]) =>
    `${criterionLabel(r.criterionId)} (${ratingSymbol(typeof r.value === "number" ? r.value : null)})`;
  const strategyEffects = {
    helped: recRatings.filter((r) => typeof r.value === "number" && r.value > 0).map(effect),
    harmed: recRatings.filter((r) => typeof r.value === "number" && r.value < 0).map(effect),
  };

  const participation = a.participation.map((p) => {
    const who = p.who?.trim() || labels.participant[p.group];
    const text = t("sentence.participation", { who, method: labels.method[p.method], summary: p.summary });
    return p.changes?.trim() ? `${text} ${t("sentence.participationChanged", { changes: p.changes })}` : text;
  });

  const affected = new Set(a.ratings.flatMap((r) => r.affectedGroups ?? []));
  const affectedGroupsText = affectedGroups.filter((g) => affected.has(g)).map((g) => labels.affected[g]);

  // findings name criteria, alternatives and risks as the summary does, never by their ids
  const findingName: FindingNameOf = (kind, id) =>
    kind === "criterion"
      ? criterionLabel(id)
      : kind === "alternative"
        ? nameOf(id)
        : a.risks?.items.find((r) => r.id === id)?.title;
  const openFindings = e.findings.map((x) => ({
    severity: x.severity,
    ...findingMessage(x, locale, findingName),
  }));
  const followUp = a.conclusion.followUp
    ? { date: f.date(a.conclusion.followUp.date), indicators: a.conclusion.followUp.indicators }
    : null;
  const preparer = a.basics.preparer;
  const chartDescription = groupScores
    .map((g) => t("sentence.chartDesc", { name: g.name, total: g.totalText }))
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
    strategy: `${pick(e.strategy.name, locale)}, v${e.strategy.version}`,
    preparedBy: preparer.name.trim() ? [preparer.name, preparer.title].filter(Boolean).join(", ") : null,
    preparedAt: options.preparedAt ? f.date(options.preparedAt.slice(0, 10)) : null,
    alternatives,
    recommendation: {
      alternativeId: recId,
      name: nameOf(recId),
      isBest,
      sentence: isBest
        ? t("sentence.recommendBest", { name: nameOf(recId), score: f.score(recResult?.score ?? 0) })
        : t("sentence.recommendNotBest", { name: nameOf(recId), best: nameOf(best) }),
      justification: a.conclusion.justification,
      notBestReason: a.conclusion.notBestReason?.trim() || null,
      reasons,
    },
    sensitivity,
    robust,
    groups,
    groupScores,
    matrix,
    risks: riskRows,
    money,
    strategyEffects,
    participation,
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
}
