export { escapeMarkdown, escapeXml } from "./escape.js";
export { ratingSymbol } from "./format.js";
export { type MatrixCell, matrixCell } from "./matrix-cell.js";
export { renderChartSvg } from "./render-chart-svg.js";
export { renderMarkdown } from "./render-markdown.js";
export { SHORT_NAME_MAX, shortNames } from "./short-names.js";
export type { SummarizeOptions } from "./summarize.js";
export { summarize } from "./summarize.js";
