import { comparePredictions } from "../follow-up/compare.js";
import type { Assessment } from "../schemas/assessment.js";
import type { Evaluation } from "../schemas/evaluation.js";
import type { FollowUpRecord } from "../schemas/follow-up.js";
import type { Strategy } from "../schemas/strategy.js";
import type { ReportCriterion, ReportCriterionDecision, StrategyReport } from "../schemas/strategy-report.js";

/** One approved decision as the report needs it (the API assembles these from its store). */
export interface ReportDecision {
  id: string;
  /** ISO date of approval */
  approvedAt: string;
  assessment: Assessment;
  /** the evaluation of the approved version, for weighted contributions */
  evaluation?: Pick<Evaluation, "criteria" | "alternatives"> | undefined;
  followUps?: ReadonlyArray<FollowUpRecord> | undefined;
}

export type { ReportCriterion, ReportCriterionDecision, StrategyReport } from "../schemas/strategy-report.js";

/** Four-month periods (Jan–Apr, May–Aug, Sep–Dec) that overlap [from, to]. */
export function tertiles(from: string, to: string): Array<{ label: string; from: string; to: string }> {
  const out: Array<{ label: string; from: string; to: string }> = [];
  const y0 = Number(from.slice(0, 4));
  const y1 = Number(to.slice(0, 4));
  const parts: Array<[string, string, string]> = [
    ["T1", "01-01", "04-30"],
    ["T2", "05-01", "08-31"],
    ["T3", "09-01", "12-31"],
  ];
  for (let y = y0; y <= y1 && out.length < 300; y++) {
    for (const [name, a, b] of parts) {
      const start = `${y}-${a}`;
      const end = `${y}-${b}`;
      if (end >= from && start <= to) out.push({ label: `${y}/${name}`, from: start, to: end });
    }
  }
  return out;
}

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/**
 * How the approved decisions of a period affected each strategy goal and value: the chosen
 * alternative's rating and weighted contribution per decision, counts, mean, a four-month trend,
 * and how well the predictions held where follow-ups exist. Input for the annual report and the
 * audit board's arviointikertomus. `from` and `to` are ISO dates, inclusive.
 */
export function strategyReport(
  strategy: Strategy,
  decisions: ReadonlyArray<ReportDecision>,
  period: { from: string; to: string },
): StrategyReport {
  const inPeriod = decisions
    .filter((d) => d.approvedAt.slice(0, 10) >= period.from && d.approvedAt.slice(0, 10) <= period.to)
    .slice()
    .sort((a, b) =>
      a.approvedAt === b.approvedAt ? (a.id < b.id ? -1 : 1) : a.approvedAt < b.approvedAt ? -1 : 1,
    );
  const periods = tertiles(period.from, period.to);
  const criteria = [
    ...strategy.goals.map((g) => ({ criterionId: `goal:${g.id}`, kind: "goal" as const, name: g.name })),
    ...strategy.values.map((v) => ({ criterionId: `value:${v.id}`, kind: "value" as const, name: v.name })),
  ];
  return {
    strategy: { id: strategy.id, version: strategy.version, name: strategy.name },
    from: period.from,
    to: period.to,
    periods,
    decisions: inPeriod.length,
    criteria: criteria.map((c): ReportCriterion => {
      const rows = inPeriod.map((d): ReportCriterionDecision => {
        const a = d.assessment;
        const chosen = a.conclusion.recommendedAlternativeId;
        const rating =
          a.ratings.find((r) => r.alternativeId === chosen && r.criterionId === c.criterionId)?.value ?? null;
        const ci = d.evaluation?.criteria.findIndex((k) => k.id === c.criterionId) ?? -1;
        const alt = d.evaluation?.alternatives.find((x) => x.alternativeId === chosen);
        const contribution = ci >= 0 && alt ? (alt.contributions[ci] ?? null) : null;
        const latest = [...(d.followUps ?? [])].sort((x, y) => (x.recordedAt < y.recordedAt ? 1 : -1))[0];
        const realised = latest?.realised.find((r) => r.criterionId === c.criterionId)?.value ?? null;
        return {
          id: d.id,
          title: a.basics.title,
          approvedAt: d.approvedAt,
          alternativeId: chosen,
          alternativeName: a.alternatives.find((x) => x.id === chosen)?.name ?? chosen,
          rating,
          contribution,
          realised,
        };
      });
      const numeric = rows.flatMap((r) => (typeof r.rating === "number" ? [r.rating] : []));
      const errors = inPeriod.flatMap((d) => {
        const latest = [...(d.followUps ?? [])].sort((x, y) => (x.recordedAt < y.recordedAt ? 1 : -1))[0];
        if (!latest) return [];
        const row = comparePredictions(d.assessment, latest).rows.find(
          (r) => r.criterionId === c.criterionId,
        );
        return row?.difference == null ? [] : [Math.abs(row.difference)];
      });
      return {
        ...c,
        decisions: rows,
        assessed: numeric.length,
        meanRating: mean(numeric),
        positive: numeric.filter((x) => x > 0).length,
        negative: numeric.filter((x) => x < 0).length,
        trend: periods.map((p) =>
          mean(
            rows.flatMap((r) =>
              typeof r.rating === "number" &&
              r.approvedAt.slice(0, 10) >= p.from &&
              r.approvedAt.slice(0, 10) <= p.to
                ? [r.rating]
                : [],
            ),
          ),
        ),
        predictionError: mean(errors),
      };
    }),
  };
}

/** The report as CSV (RFC 4180, `;`-separated as Finnish spreadsheets expect, UTF-8). */
export function strategyReportCsv(report: StrategyReport, locale: "fi" | "sv" | "en" = "fi"): string {
  const head = {
    fi: [
      "kriteeri",
      "tyyppi",
      "päätös",
      "hyväksytty",
      "valittu vaihtoehto",
      "arvio",
      "painotettu osuus",
      "toteutunut",
    ],
    sv: ["kriterium", "typ", "beslut", "godkänt", "valt alternativ", "bedömning", "viktad andel", "utfall"],
    en: [
      "criterion",
      "kind",
      "decision",
      "approved",
      "chosen alternative",
      "rating",
      "weighted contribution",
      "realised",
    ],
  }[locale];
  const cell = (v: string | number | null): string => {
    const s = v === null ? "" : String(v);
    // quote every cell that could break the row, and neutralise spreadsheet formulas (CSV injection)
    const safe = /^[=+\-@\t\r]/.test(s) && typeof v === "string" ? `'${s}` : s;
    return /[";\n\r]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [head.map(cell).join(";")];
  for (const c of report.criteria) {
    const name = c.name[locale] ?? c.name.fi;
    for (const d of c.decisions) {
      lines.push(
        [
          name,
          c.kind,
          d.title,
          d.approvedAt.slice(0, 10),
          d.alternativeName,
          d.rating,
          d.contribution,
          d.realised,
        ]
          .map(cell)
          .join(";"),
      );
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}
