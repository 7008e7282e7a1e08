import type { StrategyReport } from "eva-core";
import { useTranslation } from "react-i18next";
import { signed } from "./format.js";

const W = 640;
const LABEL = 270;
const ROW = 28;

/**
 * Mean rating of the chosen alternatives per goal and value (−3..+3) as bars from zero; the
 * table below has the same numbers. Criteria with nothing assessed get no bar and say so.
 */
export function ReportChart({ report, lang }: { report: StrategyReport; lang: "fi" | "sv" | "en" }) {
  const { t } = useTranslation();
  const rows = report.criteria;
  const h = rows.length * ROW + 40;
  const plot = W - LABEL - 20;
  const x = (v: number) => LABEL + ((v + 3) / 6) * plot;
  const name = (c: (typeof rows)[number]) => c.name[lang] ?? c.name.fi;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${W} ${h}`}
        width={W}
        height={h}
        role="img"
        aria-labelledby="report-chart-title report-chart-desc"
      >
        <title id="report-chart-title">{t("report.chartTitle")}</title>
        <desc id="report-chart-desc">
          {rows
            .map((c) =>
              c.meanRating === null
                ? `${name(c)}: ${t("report.notAssessed")}`
                : `${name(c)}: ${signed(c.meanRating, lang)}`,
            )
            .join("; ")}
        </desc>
        {[-3, -2, -1, 0, 1, 2, 3].map((v) => (
          <g key={v}>
            <line x1={x(v)} x2={x(v)} y1={10} y2={h - 24} stroke={v === 0 ? "#1a1a1a" : "#c8cdd0"} />
            <text x={x(v)} y={h - 8} textAnchor="middle" fontSize="12" fill="#1a1a1a">
              {signed(v, lang, 0)}
            </text>
          </g>
        ))}
        {rows.map((c, i) => {
          const y = 14 + i * ROW;
          const m = c.meanRating;
          return (
            <g key={c.criterionId}>
              <text x={LABEL - 8} y={y + 14} textAnchor="end" fontSize="12" fill="#1a1a1a">
                {name(c).length > 36 ? `${name(c).slice(0, 35)}…` : name(c)}
              </text>
              {m !== null && (
                <rect
                  x={Math.min(x(0), x(m))}
                  y={y + 2}
                  width={Math.max(2, Math.abs(x(m) - x(0)))}
                  height={ROW - 10}
                  fill={m < 0 ? "#b3001b" : "#00347a"}
                />
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
