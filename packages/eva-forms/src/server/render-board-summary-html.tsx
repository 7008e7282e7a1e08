/** @jsxRuntime automatic */
// eva-api runs this file under tsx (eva-forms/server), which reads JSX settings only from the tsconfig in its cwd
import { escapeXml, type Summary } from "eva-core";
import { renderToStaticMarkup } from "react-dom/server";
import { BoardSummary } from "../components/board-summary/BoardSummary.js";
import { boardSummaryDocumentCss } from "../components/board-summary/document-css.js";

/**
 * The board summary as one complete, self-contained HTML document: BoardSummary rendered with
 * react-dom/server (title as h1, no print button), the print CSS for A4 inline, no script and no
 * external resource, so it passes a strict CSP (script-src 'self') and prints the same anywhere.
 * The language is the summary's own (summarize(evaluation, { locale })). React escapes every
 * text; the chart is core's renderChartSvg, which escapes its own.
 */
export function renderBoardSummaryHtml(summary: Summary): string {
  // The shell is a string because React 19 hoists <title>/<meta> and would own the whole
  // document; keeping the body as BoardSummary's exact markup is what makes it one rendering.
  const body = renderToStaticMarkup(<BoardSummary summary={summary} level={1} />);
  return [
    `<!doctype html><html lang="${escapeXml(summary.locale)}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeXml(summary.title)}</title><style>${boardSummaryDocumentCss}</style></head>`,
    `<body><main>${body}</main></body></html>`,
  ].join("\n");
}
