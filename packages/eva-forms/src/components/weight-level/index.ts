export { WeightLevel, type WeightLevelProps } from "./WeightLevel.js";
