export { ImpactMatrix, type ImpactMatrixProps } from "./ImpactMatrix.js";
