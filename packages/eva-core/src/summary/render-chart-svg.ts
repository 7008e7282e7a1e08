import type { Summary } from "../schemas/summary.js";
import { escapeXml as x } from "./escape.js";

// Okabe–Ito: distinguishable with every common colour-vision deficiency; each segment also
// carries its number, and the legend names the groups, so colour is never the only cue.
const palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"];
const textOn = ["#fff", "#000", "#fff", "#000", "#000", "#fff", "#000"];

/**
 * Stacked horizontal bars: each alternative's score split by group (strategy, values, people, …),
 * with `role="img"`, `<title>` and `<desc>` (the numbers in words), a legend and the numbers on
 * the bars. Self-contained (no external resources), so it renders in browsers and in PDF.
 */
export function renderChartSvg(summary: Summary): string {
  const rows = summary.groupScores;
  const labelW = 220;
  const barW = 420;
  const rowH = 34;
  const top = 40;
  const legendH = 22 * Math.ceil(summary.groups.length / 3) + 10;
  const height = top + rows.length * rowH + legendH + 10;
  const width = labelW + barW + 70;
  const scale = summary.chart.maxTotal > 0 ? barW / summary.chart.maxTotal : 0;
  const id = "eva-chart";
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc" font-family="system-ui, sans-serif" font-size="13">`,
    `<title id="${id}-title">${x(summary.chart.title)}</title>`,
    `<desc id="${id}-desc">${x(summary.chart.description)}</desc>`,
    `<text x="0" y="20" font-size="15" font-weight="bold">${x(summary.chart.title)}</text>`,
  );
  rows.forEach((row, i) => {
    const y = top + i * rowH;
    parts.push(`<g class="bar">`);
    // the short name (at most 30 characters, see shortNames) fits the label column whole
    parts.push(`<text x="${labelW - 8}" y="${y + 18}" text-anchor="end">${x(row.shortName)}</text>`);
    let offset = labelW;
    row.cells.forEach((cell, k) => {
      const w = Math.max(0, cell.value * scale);
      if (w <= 0) return;
      const color = palette[k % palette.length] ?? "#000";
      const group = summary.groups[k]?.label ?? cell.group;
      parts.push(
        `<rect class="segment" x="${offset.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 10}" fill="${color}" stroke="#fff"><title>${x(`${row.shortName}: ${group} ${cell.text}`)}</title></rect>`,
      );
      if (w > 34) {
        parts.push(
          `<text x="${(offset + w / 2).toFixed(1)}" y="${y + 21}" text-anchor="middle" fill="${textOn[k % textOn.length] ?? "#000"}" font-size="11">${x(cell.text)}</text>`,
        );
      }
      offset += w;
    });
    parts.push(
      `<text x="${(offset + 6).toFixed(1)}" y="${y + 21}" font-weight="bold">${x(row.totalText)}</text>`,
      "</g>",
    );
  });
  const ly = top + rows.length * rowH + 14;
  summary.groups.forEach((g, k) => {
    const lx = (k % 3) * 230;
    const yy = ly + Math.floor(k / 3) * 22;
    parts.push(
      `<rect x="${lx}" y="${yy}" width="14" height="14" fill="${palette[k % palette.length] ?? "#000"}"/>`,
      `<text x="${lx + 20}" y="${yy + 12}">${x(`${g.label} ${g.weightText}`)}</text>`,
    );
  });
  parts.push("</svg>");
  return parts.join("");
}
