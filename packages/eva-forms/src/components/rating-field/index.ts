export type { RatingFieldProps } from "./RatingField.js";
export { RatingField } from "./RatingField.js";
