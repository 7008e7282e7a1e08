export { BoardSummary, type BoardSummaryProps } from "./BoardSummary.js";
