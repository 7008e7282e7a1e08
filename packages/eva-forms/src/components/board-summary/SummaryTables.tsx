/** @jsxRuntime automatic */
// eva-api runs this file under tsx (eva-forms/server), which reads JSX settings only from the tsconfig in its cwd
import type { Summary } from "eva-core";
import { ScrollRegion } from "../scroll-region/index.js";

type Label = (key: string) => string;

/**
 * Page 1's table: each alternative by short name with its score and, when there is money data,
 * its net present value and the next budget years. The first column names the rows.
 */
export function AlternativesTable({ summary: s, h }: { summary: Summary; h: Label }) {
  const money = new Map(s.money.rows.map((r) => [r.alternativeId, r]));
  const withMoney = s.money.rows.length > 0;
  return (
    <ScrollRegion label={h("heading.alternatives")}>
      <table className="alternatives">
        <thead>
          <tr>
            <th scope="col">{h("label.alternative")}</th>
            <th scope="col">{h("label.score")}</th>
            {withMoney && <th scope="col">{h("label.npv")}</th>}
            {withMoney &&
              s.money.nextYears.map((y) => (
                <th scope="col" key={y}>
                  {y}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>
          {s.alternatives.map((a) => {
            const m = money.get(a.id);
            return (
              <tr key={a.id}>
                <th scope="row">
                  {a.shortName}
                  {a.note ? <span className="note"> {a.note}</span> : null}
                </th>
                <td className="num">{a.scoreText}</td>
                {withMoney && <td className="num">{m?.npvText ?? ""}</td>}
                {withMoney &&
                  s.money.nextYears.map((y, k) => (
                    <td className="num" key={y}>
                      {m?.nextYears[k] ?? ""}
                    </td>
                  ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The alternatives in rank order with their full names, in the appendix. */
export function RankingTable({ summary: s, h }: { summary: Summary; h: Label }) {
  return (
    <table className="ranking">
      <thead>
        <tr>
          <th scope="col">{h("label.rank")}</th>
          <th scope="col">{h("label.alternative")}</th>
          <th scope="col">{h("label.score")}</th>
        </tr>
      </thead>
      <tbody>
        {[...s.alternatives]
          .sort((a, b) => a.rank - b.rank)
          .map((a) => (
            <tr key={a.id}>
              <td className="num">{a.rank}</td>
              <th scope="row">{a.shortName}</th>
              <td className="num">{a.scoreText}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

/** The chart's numbers as a table (the chart is an image; the table is what screen readers read). */
export function ScoreTable({ summary: s, h }: { summary: Summary; h: Label }) {
  return (
    <ScrollRegion label={s.chart.title}>
      <table>
        <caption className="note">{s.chart.title}</caption>
        <thead>
          <tr>
            <th scope="col">{h("label.alternative")}</th>
            {s.groups.map((g) => (
              <th scope="col" key={g.id}>
                {g.label} ({g.weightText})
              </th>
            ))}
            <th scope="col">{h("label.total")}</th>
          </tr>
        </thead>
        <tbody>
          {s.groupScores.map((r) => (
            <tr key={r.alternativeId}>
              <th scope="row">{r.shortName}</th>
              {r.cells.map((c) => (
                <td className="num" key={c.group}>
                  {c.text}
                </td>
              ))}
              <td className="num">
                <strong>{r.totalText}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Net present value and the yearly cash flow of each alternative; nothing when there is no money data. */
export function MoneyTable({ summary: s, h }: { summary: Summary; h: Label }) {
  if (s.money.rows.length === 0) return null;
  return (
    <ScrollRegion label={h("heading.moneyDetail")}>
      <table>
        <thead>
          <tr>
            <th scope="col">{h("label.alternative")}</th>
            <th scope="col">{h("label.npv")}</th>
            {s.money.years.map((y) => (
              <th scope="col" key={y}>
                {y}
              </th>
            ))}
            <th scope="col">{h("label.funding")}</th>
          </tr>
        </thead>
        <tbody>
          {s.money.rows.map((r) => (
            <tr key={r.alternativeId}>
              <th scope="row">{r.alternative}</th>
              <td className="num">{r.npvText}</td>
              {r.byYear.map((v, i) => (
                <td className="num" key={s.money.years[i] ?? v}>
                  {v}
                </td>
              ))}
              <td>{r.funding ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
