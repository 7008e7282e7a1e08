export type { MatrixCriterion } from "./RatingMatrix.js";
export { RatingMatrix } from "./RatingMatrix.js";
export { revealField } from "./reveal.js";
