export { LinkButton } from "./LinkButton.js";
