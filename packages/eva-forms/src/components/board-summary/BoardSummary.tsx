import { renderChartSvg, type Summary } from "eva-core";
import { ScrollRegion } from "../scroll-region/index.js";

/**
 * The board's one-page summary (core's Summary, rendered; no arithmetic here): the chart and the
 * same numbers in a table, the impact matrix with signs, risks, money, participation, follow-up.
 */
export function BoardSummary({ summary: s, onPrint }: { summary: Summary; onPrint?: () => void }) {
  const h = (k: string) => s.headings[k] ?? k;
  return (
    <article className="board-summary" lang={s.locale} aria-labelledby="summary-title">
      <h2 id="summary-title">{s.title}</h2>
      <p className="meta">
        {h("label.case")}: {s.caseId} ({s.caseSystem}) · {h("label.decisionBody")}: {s.decisionBody}
        {s.deadline ? ` · ${h("label.deadline")}: ${s.deadline}` : ""}
      </p>
      {onPrint && (
        <button type="button" className="no-print" onClick={onPrint}>
          {printLabel(s.locale)}
        </button>
      )}
      <h3>{h("heading.alternatives")}</h3>
      <ol>
        {[...s.alternatives]
          .sort((a, b) => a.rank - b.rank)
          .map((a) => (
            <li key={a.id}>
              <strong>{a.name}</strong> {a.note} — {a.description} ({h("label.score")} {a.scoreText})
            </li>
          ))}
      </ol>
      <h3>{h("heading.recommendation")}</h3>
      <p>
        <strong>{s.recommendation.sentence}</strong>
      </p>
      <p>{s.recommendation.justification}</p>
      <ul>
        {s.recommendation.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <h3>{h("heading.sensitivity")}</h3>
      <ul>
        {s.sensitivity.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <h3>{h("heading.scores")}</h3>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is core's renderChartSvg output, which escapes every text */}
      <figure className="chart" dangerouslySetInnerHTML={{ __html: renderChartSvg(s) }} />
      <ScrollRegion label={s.chart.title}>
        <table>
          <caption>{s.chart.title}</caption>
          <thead>
            <tr>
              <th scope="col">{h("label.alternative")}</th>
              {s.groups.map((g) => (
                <th scope="col" key={g.id}>
                  {g.label}
                </th>
              ))}
              <th scope="col">{h("label.total")}</th>
            </tr>
          </thead>
          <tbody>
            {s.groupScores.map((r) => (
              <tr key={r.alternativeId}>
                <th scope="row">{r.name}</th>
                {r.cells.map((c) => (
                  <td key={c.group}>{c.text}</td>
                ))}
                <td>
                  <strong>{r.totalText}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <h3>{h("heading.matrix")}</h3>
      <ScrollRegion label={h("heading.matrix")}>
        <table>
          <thead>
            <tr>
              <th scope="col">{h("label.criterion")}</th>
              {s.alternatives.map((a) => (
                <th scope="col" key={a.id}>
                  {a.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.matrix.map((row) => (
              <tr key={row.criterionId}>
                <th scope="row">{row.label}</th>
                {row.cells.map((c) => (
                  <td key={c.alternativeId}>{c.description}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <h3>{h("heading.risks")}</h3>
      <ul>
        {s.risks.map((r) => (
          <li key={`${r.alternative}-${r.title}`}>
            <strong>{r.title}</strong> ({r.alternative}; {h("label.band")}: {r.bandText}).{" "}
            {h("label.mitigation")}: {r.mitigation}
          </li>
        ))}
      </ul>
      <h3>{h("heading.money")}</h3>
      <p>{s.money.discountRate}</p>
      <ul>
        {s.money.rows.map((r) => (
          <li key={r.alternative}>
            {r.alternative}: {h("label.npv")} {r.npvText}
          </li>
        ))}
      </ul>
      <h3>{h("heading.participation")}</h3>
      <ul>
        {s.participation.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <h3>{h("heading.quality")}</h3>
      <p>{s.completeness.text}</p>
      {s.followUp && (
        <>
          <h3>{h("heading.followUp")}</h3>
          <p>
            {s.followUp.date}. {h("label.indicators")}: {s.followUp.indicators.join(", ")}
          </p>
        </>
      )}
      <p className="note">{s.method}</p>
    </article>
  );
}

function printLabel(locale: string): string {
  return locale === "sv"
    ? "Skriv ut / spara som PDF"
    : locale === "en"
      ? "Print / save as PDF"
      : "Tulosta / tallenna PDF";
}
