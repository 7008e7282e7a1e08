import type { StrategyReport } from "eva-core";
import { useTranslation } from "react-i18next";
import { ScrollRegion } from "../components/scroll-region/index.js";
import { decimal, signed } from "./format.js";

/** The chart's numbers per goal and value, and each criterion's decisions behind a disclosure. */
export function ReportTable({ report, lang }: { report: StrategyReport; lang: "fi" | "sv" | "en" }) {
  const { t } = useTranslation();
  const dash = "–";
  const rating = (v: number | string | null) =>
    typeof v === "number" ? signed(v, lang, 0) : v === "not-assessed" ? t("report.notAssessed") : dash;
  const contributions = (c: StrategyReport["criteria"][number]) =>
    c.decisions.flatMap((d) => (d.contribution === null ? [] : [d.contribution]));
  return (
    <>
      <ScrollRegion label={t("report.tableLabel")}>
        <table className="report-table">
          <caption>{t("report.tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("report.criterion")}</th>
              <th scope="col">{t("report.decisions")}</th>
              <th scope="col">{t("report.assessed")}</th>
              <th scope="col">{t("report.mean")}</th>
              <th scope="col">{t("report.contribution")}</th>
              <th scope="col">{t("report.trend")}</th>
              <th scope="col">{t("report.accuracy")}</th>
            </tr>
          </thead>
          <tbody>
            {report.criteria.map((c) => {
              const sum = contributions(c);
              return (
                <tr key={c.criterionId}>
                  <th scope="row">
                    {c.name[lang] ?? c.name.fi} ({t(`report.kind.${c.kind}`)})
                  </th>
                  <td>{c.decisions.length}</td>
                  <td>{c.assessed}</td>
                  <td>{c.meanRating === null ? dash : signed(c.meanRating, lang)}</td>
                  <td>
                    {sum.length
                      ? decimal(
                          sum.reduce((a, b) => a + b, 0),
                          lang,
                          3,
                        )
                      : dash}
                  </td>
                  <td>
                    {report.periods
                      .map((p, i) => {
                        const v = c.trend[i];
                        return `${p.label}: ${v === null || v === undefined ? dash : signed(v, lang)}`;
                      })
                      .join(", ")}
                  </td>
                  <td>
                    {c.predictionError === null
                      ? t("report.noFollowUps")
                      : t("report.steps", { n: decimal(c.predictionError, lang, 1) })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <h3>{t("report.perDecision")}</h3>
      {report.criteria
        .filter((c) => c.decisions.length > 0)
        .map((c) => (
          <details key={c.criterionId}>
            <summary>{c.name[lang] ?? c.name.fi}</summary>
            <ScrollRegion label={c.name[lang] ?? c.name.fi}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("report.decision")}</th>
                    <th scope="col">{t("report.approvedAt")}</th>
                    <th scope="col">{t("report.chosen")}</th>
                    <th scope="col">{t("report.rating")}</th>
                    <th scope="col">{t("report.contribution")}</th>
                    <th scope="col">{t("report.realised")}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.decisions.map((d) => (
                    <tr key={d.id}>
                      <th scope="row">{d.title}</th>
                      <td>{d.approvedAt.slice(0, 10)}</td>
                      <td>{d.alternativeName}</td>
                      <td>{rating(d.rating)}</td>
                      <td>{d.contribution === null ? dash : decimal(d.contribution, lang, 3)}</td>
                      <td>{rating(d.realised)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </details>
        ))}
    </>
  );
}
