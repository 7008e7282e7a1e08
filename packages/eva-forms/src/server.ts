// eva-forms' server-rendering entry (`eva-forms/server`): the one place eva-api may import from
// eva-forms (STYLE rule 2), so the board reads the same rendering the preparer saw in the wizard.
export { renderBoardSummaryHtml } from "./server/render-board-summary-html.js";
