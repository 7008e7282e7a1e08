import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import { i18n } from "../i18n/i18n.js";

// findBy…/waitFor wait for what a page does, not for how fast the machine is: the default 1 s
// failed under a loaded CI machine while the page was still rendering what the test waits for
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
});
void i18n.changeLanguage("fi");
