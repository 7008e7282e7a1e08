export { DateTextInput } from "./DateTextInput.js";
