export { npv } from "./npv.js";
export { riskLevel } from "./risk-level.js";
