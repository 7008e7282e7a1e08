export type { FindingCode } from "./codes.js";
export { findingCodes } from "./codes.js";
export { canSubmit, findings } from "./findings.js";
