export type { PortfolioAnswer, PortfolioRequest } from "../api/portfolio.js";
export { PortfolioPage } from "./PortfolioPage.js";
export { PortfolioResult } from "./PortfolioResult.js";
