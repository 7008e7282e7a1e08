export { BoardSummary, type BoardSummaryProps } from "./BoardSummary.js";
export { boardSummaryDocumentCss } from "./document-css.js";
