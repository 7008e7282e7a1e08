export { BoardSummary } from "./BoardSummary.js";
