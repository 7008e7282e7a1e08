import { renderChartSvg, type Summary, escapeXml as x } from "eva-core";

const css = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;max-width:60rem;margin:1.5rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.1rem;margin:1.2rem 0 .4rem;border-bottom:2px solid #00347a;color:#00347a}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #c8cdd0;padding:.25rem .4rem;text-align:left}
td.num{text-align:right}td.sym{text-align:center;font-weight:bold}.meta{color:#3d3d3d}.note{color:#3d3d3d;font-size:.85rem}
svg{max-width:100%;height:auto}body{overflow-wrap:anywhere}
.scroll{overflow-x:auto;max-width:100%}.scroll:focus{outline:3px solid #00347a}
@media print{@page{size:A4;margin:14mm}body{margin:0;max-width:none;font-size:10pt}h2{break-after:avoid}table,svg{break-inside:avoid}}
`;

/**
 * The board summary as one self-contained HTML page (inline CSS and SVG, no external resources,
 * print CSS for A4), from core's Summary. All text is escaped.
 */
export function renderSummaryHtml(s: Summary): string {
  const h = (k: string) => x(s.headings[k] ?? k);
  const li = (items: string[]) =>
    items.length ? `<ul>${items.map((i) => `<li>${x(i)}</li>`).join("")}</ul>` : `<p>${h("label.none")}</p>`;
  const out: string[] = [];
  out.push(
    `<!doctype html><html lang="${s.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
  );
  out.push(`<title>${x(s.title)}</title><style>${css}</style></head><body><main>`);
  out.push(`<h1>${x(s.title)}</h1>`);
  out.push(
    `<p class="meta">${h("label.case")}: ${x(s.caseId)} (${x(s.caseSystem)}) · ${h("label.decisionBody")}: ${x(s.decisionBody)}${s.deadline ? ` · ${h("label.deadline")}: ${x(s.deadline)}` : ""}</p>`,
  );
  out.push(
    `<p><strong>${h("label.problem")}:</strong> ${x(s.problem)}</p><p><strong>${h("label.objective")}:</strong> ${x(s.objective)}</p>`,
  );
  out.push(`<h2>${h("heading.alternatives")}</h2><ol>`);
  for (const a of [...s.alternatives].sort((p, q) => p.rank - q.rank)) {
    out.push(
      `<li><strong>${x(a.name)}</strong> ${x(a.note)} — ${x(a.description)} (${h("label.score")} ${x(a.scoreText)})</li>`,
    );
  }
  out.push("</ol>");
  out.push(
    `<h2>${h("heading.recommendation")}</h2><p><strong>${x(s.recommendation.sentence)}</strong></p><p>${x(s.recommendation.justification)}</p>`,
  );
  if (s.recommendation.notBestReason) out.push(`<p>${x(s.recommendation.notBestReason)}</p>`);
  out.push(li(s.recommendation.reasons));
  out.push(`<h2>${h("heading.sensitivity")}</h2>${li(s.sensitivity)}`);
  out.push(`<h2>${h("heading.scores")}</h2><figure>${renderChartSvg(s)}</figure>`);
  out.push(
    `<div class="scroll" role="region" tabindex="0" aria-label="${x(s.chart.title)}"><table><caption class="note">${x(s.chart.title)}</caption><thead><tr><th scope="col">${h("label.alternative")}</th>${s.groups.map((g) => `<th scope="col">${x(g.label)}</th>`).join("")}<th scope="col">${h("label.total")}</th></tr></thead><tbody>`,
  );
  for (const r of s.groupScores) {
    out.push(
      `<tr><th scope="row">${x(r.name)}</th>${r.cells.map((c) => `<td class="num">${x(c.text)}</td>`).join("")}<td class="num"><strong>${x(r.totalText)}</strong></td></tr>`,
    );
  }
  out.push("</tbody></table></div>");
  out.push(
    `<h2>${h("heading.matrix")}</h2><div class="scroll" role="region" tabindex="0" aria-label="${h("heading.matrix")}"><table><thead><tr><th scope="col">${h("label.criterion")}</th>${s.alternatives.map((a) => `<th scope="col">${x(a.name)}</th>`).join("")}</tr></thead><tbody>`,
  );
  for (const row of s.matrix) {
    out.push(
      `<tr><th scope="row">${x(row.label)}</th>${row.cells.map((c) => `<td class="sym">${x(c.description)}</td>`).join("")}</tr>`,
    );
  }
  out.push("</tbody></table></div>");
  out.push(
    `<h2>${h("heading.risks")}</h2>${li(s.risks.map((r) => `${r.title} (${r.alternative}; ${s.headings["label.band"] ?? ""}: ${r.bandText}). ${s.headings["label.mitigation"] ?? ""}: ${r.mitigation}`))}`,
  );
  out.push(`<h2>${h("heading.money")}</h2><p>${x(s.money.discountRate)}</p>`);
  if (s.money.rows.length) {
    out.push(
      `<div class="scroll" role="region" tabindex="0" aria-label="${h("heading.money")}"><table><thead><tr><th scope="col">${h("label.alternative")}</th><th scope="col">${h("label.npv")}</th>${s.money.years.map((y) => `<th scope="col">${y}</th>`).join("")}</tr></thead><tbody>`,
    );
    for (const r of s.money.rows)
      out.push(
        `<tr><th scope="row">${x(r.alternative)}</th><td class="num">${x(r.npvText)}</td>${r.byYear.map((v) => `<td class="num">${x(v)}</td>`).join("")}</tr>`,
      );
    out.push("</tbody></table></div>");
  }
  out.push(
    `<h2>${h("heading.strategy")}</h2><p><strong>${h("label.helped")}:</strong> ${x(s.strategyEffects.helped.join(", ")) || h("label.none")}</p><p><strong>${h("label.harmed")}:</strong> ${x(s.strategyEffects.harmed.join(", ")) || h("label.none")}</p>`,
  );
  out.push(`<h2>${h("heading.groups")}</h2>${li(s.affectedGroups)}`);
  out.push(`<h2>${h("heading.participation")}</h2>${li(s.participation)}`);
  out.push(
    `<h2>${h("heading.quality")}</h2><p>${x(s.completeness.text)}</p>${s.findings.length ? li(s.findings.map((f) => `${f.title} ${f.action}`)) : ""}`,
  );
  out.push(
    `<h2>${h("heading.followUp")}</h2>${s.followUp ? `<p>${x(s.followUp.date)}. ${h("label.indicators")}: ${x(s.followUp.indicators.join(", "))}</p>` : `<p>${h("label.none")}</p>`}`,
  );
  out.push(
    `<h2>${h("heading.prepared")}</h2><p class="note">${[s.preparedBy ? `${h("label.preparedBy")}: ${x(s.preparedBy)}` : "", s.preparedAt ? `${h("label.preparedAt")}: ${x(s.preparedAt)}` : "", `${h("label.strategyVersion")}: ${x(s.strategy)}`].filter(Boolean).join(" · ")}</p><p class="note">${x(s.method)}</p>`,
  );
  out.push("</main></body></html>");
  return out.join("\n");
}
