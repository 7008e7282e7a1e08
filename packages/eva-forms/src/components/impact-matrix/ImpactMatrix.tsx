/** @jsxRuntime automatic */
// eva-api runs this file under tsx (eva-forms/server), which reads JSX settings only from the tsconfig in its cwd
import type { Summary } from "eva-core";
import { Fragment } from "react";
import { ScrollRegion } from "../scroll-region/index.js";

export interface ImpactMatrixProps {
  /** the summary's matrix rows (criteria × alternatives, with sign, tone and uncertainty per cell) */
  rows: Summary["matrix"];
  /** the alternatives in the matrix's column order, by short name */
  alternatives: ReadonlyArray<{ id: string; shortName: string }>;
  /** the region's and the table's name */
  label: string;
  /** the first column's heading ("Impact") */
  criterionLabel: string;
  /** what the signs mean */
  legend: string;
}

/**
 * vaikutusmatriisi: impacts × alternatives in the THL/Innokylä format officials know, one row per
 * criterion under a row per group, each cell its sign (−−−…+++, "?" when uncertain, or "not
 * assessed") on a colour for its tone: colour and sign, never colour alone. Core's Summary
 * computes every cell; this only lays it out.
 */
export function ImpactMatrix({ rows, alternatives, label, criterionLabel, legend }: ImpactMatrixProps) {
  const groups: Array<{ group: string; label: string; rows: Summary["matrix"] }> = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.group === row.group) last.rows.push(row);
    else groups.push({ group: row.group, label: row.groupLabel, rows: [row] });
  }
  return (
    <ScrollRegion label={label}>
      <table className="impact-matrix">
        <caption className="note">{legend}</caption>
        <thead>
          <tr>
            <th scope="col">{criterionLabel}</th>
            {alternatives.map((a) => (
              <th scope="col" key={a.id}>
                {a.shortName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <Fragment key={g.group}>
              <tr className="group">
                <th scope="colgroup" colSpan={alternatives.length + 1}>
                  {g.label}
                </th>
              </tr>
              {g.rows.map((row) => (
                <tr key={row.criterionId}>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((c) => (
                    <td className={`sym tone-${c.tone}`} key={c.alternativeId} aria-label={c.description}>
                      {c.text}
                    </td>
                  ))}
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
