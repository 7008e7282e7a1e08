/** @jsxRuntime automatic */
// eva-api runs this file under tsx (eva-forms/server), which reads JSX settings only from the tsconfig in its cwd
import type { Summary } from "eva-core";
import { ScrollRegion } from "../scroll-region/index.js";

type Label = (key: string) => string;

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

/** The impact matrix: criteria × alternatives, each cell the sign in words. */
export function MatrixTable({ summary: s, h }: { summary: Summary; h: Label }) {
  return (
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
                <td className="sym" key={c.alternativeId}>
                  {c.description}
                </td>
              ))}
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
    <ScrollRegion label={h("heading.money")}>
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
          </tr>
        </thead>
        <tbody>
          {s.money.rows.map((r) => (
            <tr key={r.alternative}>
              <th scope="row">{r.alternative}</th>
              <td className="num">{r.npvText}</td>
              {r.byYear.map((v, i) => (
                <td className="num" key={s.money.years[i] ?? v}>
                  {v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
