import { existsSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import axe from "axe-core";
import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's Chromium, as the browser tests use it (no network of its own, no sandbox as root). */
export const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(executablePath))
    throw new Error(`Chromium is missing at ${executablePath}: scripts/ensure-system-deps.sh installs it`);
  return chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * WCAG 2.1 A/AA violations on the page (colour contrast included: this is a real browser).
 * `exclude`: CSS selectors left out, e.g. the hundredth copy of the same rating field, which takes
 * axe tens of seconds and tells nothing the first copies do not.
 *
 * The same axe-core run as AxeBuilder's, without its per-call overhead: AxeBuilder injects axe's
 * 550 kB source into the page twice on every call and, in its default mode, opens a blank page to
 * merge the frames' results; on the 2-core machine that was 2–4 s a call on top of a 1-s audit, and
 * the browser tests call it about a hundred times. Here axe is injected once per document (it stays
 * across the wizard's client-side navigation) and axe.run checks the document in place. A page with
 * an iframe still goes through AxeBuilder, which checks each frame.
 */
export async function axeViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  if (page.frames().length > 1) {
    let builder = new AxeBuilder({ page }).withTags(wcag);
    for (const selector of exclude) builder = builder.exclude(selector);
    const r = await builder.analyze();
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ tags, exclude }) => {
      const r = await (window as unknown as { axe: typeof axe }).axe.run(
        { exclude },
        { runOnly: { type: "tag", values: tags } },
      );
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    },
    { tags: wcag, exclude },
  );
}

const languageItems = { fi: "Suomeksi (FI)", sv: "På svenska (SV)", en: "In English (EN)" } as const;
/**
 * Chooses a language from the page header's Suomi.fi language menu: its button (named "Kieli: …",
 * "Språk: …" or "Language: …" after the language in use), then the language's menu item.
 */
export async function chooseLanguage(page: Page, lang: keyof typeof languageItems): Promise<void> {
  await page.getByRole("button", { name: /^(Kieli|Språk|Language): / }).click();
  await page.getByRole("menuitem", { name: languageItems[lang] }).click();
}
