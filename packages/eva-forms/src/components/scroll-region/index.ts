export { ScrollRegion } from "./ScrollRegion.js";
