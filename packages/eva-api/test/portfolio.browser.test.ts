import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appInChromium } from "./app-in-chromium.js";
import { axeViolations as axe, chooseLanguage } from "./chromium.js";

// The Salkku page end to end in Debian's Chromium against the real server on lowdb with the demo
// data (the approved Littoinen case and nine submitted Kaarina proposals), serving the built app:
// sign in with the keyboard, weigh the proposals against 2026's budget, order the groups by
// dragging and from the keyboard, read it in Swedish at 320 px, and take it into the strategy
// report; axe on each view, screenshots to test-artifacts/portfolio/.
const artifacts = fileURLToPath(new URL("../../../test-artifacts/portfolio/", import.meta.url));
const app = appInChromium("eva-portfolio-", { artifacts, timeout: 180_000 });
const tok = app.tok;

async function signIn(page: Page, token: string) {
  await page.goto(app.server.url);
  await page.keyboard.press("Tab"); // skip link
  await page.getByLabel("Kirjautumistunnus").focus();
  await page.keyboard.type(token);
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Ennakkoarvioinnit" }).waitFor();
}

/** The form controls and headings the DOM has and those Chromium's accessibility tree exposes (STYLE 29). */
async function exposed(page: Page) {
  const dom = await page.evaluate(() => ({
    checkbox: document.querySelectorAll("main input[type=checkbox]").length,
    radio: document.querySelectorAll("main input[type=radio]").length,
    heading: document.querySelectorAll("main h1, main h2, main h3").length,
  }));
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
    nodes: Array<{ ignored: boolean; role?: { value: string } }>;
  };
  await cdp.detach();
  const count = (role: string) => nodes.filter((n) => !n.ignored && n.role?.value === role).length;
  return { dom, tree: { checkbox: count("checkbox"), radio: count("radio"), heading: count("heading") } };
}

describe("the Salkku page in Chromium", () => {
  it("weighs the demo proposals against 2026's budget, reorders the groups by drag and by keyboard; axe on each view", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await signIn(page, tok("reader"));
    await page.getByRole("button", { name: "Salkku" }).click();
    await page.getByRole("heading", { level: 1, name: "Salkku" }).waitFor();
    const proposals = page.getByRole("group", { name: /Ehdotukset/ });
    await proposals.getByRole("checkbox").first().waitFor();
    expect(await proposals.getByRole("checkbox").count()).toBe(10);
    expect(await page.getByRole("radio", { name: "2026" }).isChecked()).toBe(true);
    expect(await axe(page), "form").toEqual([]);
    const { dom, tree } = await exposed(page);
    expect(tree.checkbox).toBeGreaterThanOrEqual(dom.checkbox);
    expect(tree.radio).toBeGreaterThanOrEqual(dom.radio);

    // the budget as a Finnish official types it, then compute from the keyboard
    await page.getByRole("textbox", { name: /Budjetti/ }).fill("5 000 000");
    await page.getByRole("textbox", { name: /Budjetti/ }).press("Tab");
    await page.getByRole("button", { name: "Laske salkku" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Salkku vuodelle 2026" }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/ydinehdotusta/);
    for (const name of [
      /^Ydinehdotukset: rahoita \((\d+)\)$/,
      /^Rajatapaukset: hallitus päättää \((\d+)\)$/,
      /^Ulkopuoliset: jätä pois \((\d+)\)$/,
    ]) {
      const heading = await page.getByRole("heading", { level: 3, name }).textContent();
      expect(Number(name.exec(heading ?? "")?.[1]), String(name)).toBeGreaterThan(0);
    }
    const hall = page.getByRole("row", { name: /Kaarinan uimahallin peruskorjaus/ });
    expect(await hall.textContent()).toMatch(/0\s%.*3\s800\s000\s€/);
    await page.getByRole("link", { name: "Lataa CSV" }).waitFor();
    expect(await axe(page), "result").toEqual([]);
    const after = await exposed(page);
    expect(after.tree.heading).toBeGreaterThanOrEqual(after.dom.heading);
    await page.screenshot({ path: join(artifacts, "01-salkku.png"), fullPage: true });

    // an order of the groups: Ihmiset dragged to the top with the mouse, then Ympäristö moved
    // up with react-aria's keyboard drag and drop (Enter on the handle, ArrowUp, Enter)
    // Suomi.fi's radio buttons are styled labels over the native input: people click the label
    await page.locator("label", { hasText: "Ryhmien tärkeysjärjestys" }).click();
    const list = page.getByRole("grid", { name: "Ryhmät tärkeimmästä vähiten tärkeään" });
    await list.waitFor();
    const rows = () => list.getByRole("row").allTextContents();
    const before = await rows();
    const people = before.findIndex((r) => r.includes("Ihmiset"));
    // the whole row is draggable for the mouse (its handle is for the keyboard)
    await list.getByRole("row", { name: "Ihmiset" }).dragTo(list.getByRole("row").first(), {
      targetPosition: { x: 60, y: 3 },
    });
    await expect.poll(async () => (await rows())[0]).toContain("Ihmiset");
    expect(people).toBeGreaterThan(0);
    // Enter on the handle starts at "between the first and the second"; ArrowUp goes before the first
    await page.getByRole("button", { name: "Vedä: Ympäristö" }).focus();
    await page.keyboard.press("Enter");
    const target = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    expect(target).toContain("Ihmiset");
    expect(target).not.toMatch(/Insert/); // react-aria speaks the page's language
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await rows())[0]).toContain("Ympäristö");
    expect((await rows())[1]).toContain("Ihmiset");
    // and the plain buttons: Talous up one place
    const economy = (await rows()).findIndex((r) => r.includes("Talous"));
    await page.getByRole("button", { name: "Siirrä ylemmäs: Talous" }).click();
    expect((await rows()).findIndex((r) => r.includes("Talous"))).toBe(economy - 1);
    expect(await axe(page), "order").toEqual([]);
    await page.getByRole("button", { name: "Laske salkku" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent(), { timeout: 30_000 })
      .toMatch(/ydinehdotusta/);
    await page.getByRole("heading", { level: 2, name: "Salkku vuodelle 2026" }).waitFor();
    await page.screenshot({ path: join(artifacts, "02-jarjestys.png"), fullPage: true });
    await context.close();
  }, 180_000);

  it("reads in Swedish at 320 px without horizontal scrolling, and goes into the strategy report", async () => {
    const context = await app.browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await signIn(page, tok("preparer"));
    await chooseLanguage(page, "sv");
    await page.getByRole("button", { name: "Portfölj" }).click();
    await page.getByRole("heading", { level: 1, name: "Portfölj" }).waitFor();
    await page
      .getByRole("group", { name: /Förslag/ })
      .getByRole("checkbox")
      .first()
      .waitFor();
    await page.getByRole("textbox", { name: /Budget/ }).fill("5 000 000");
    await page.getByRole("button", { name: "Beräkna portföljen" }).click();
    await page.getByRole("heading", { level: 2, name: "Portfölj för 2026" }).waitFor({ timeout: 30_000 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    expect(await axe(page), "sv, 320 px").toEqual([]);
    await page.screenshot({ path: join(artifacts, "03-portfolj-320.png"), fullPage: true });

    await page.setViewportSize({ width: 1200, height: 900 });
    await chooseLanguage(page, "fi");
    await page.getByRole("button", { name: "Takaisin listaan" }).click();
    await page.getByRole("button", { name: "Strategiaraportti" }).click();
    // a Suomi.fi checkbox: its label covers the input, so the label is what takes the click
    await page.locator("label", { hasText: "Liitä raporttiin budjettisalkku" }).click();
    expect(await page.getByRole("checkbox", { name: /Liitä raporttiin budjettisalkku/ }).isChecked()).toBe(
      true,
    );
    await page.getByLabel("Budjettivuosi").fill("2026");
    await page.getByLabel("Budjetti (€)").fill("5 000 000");
    await page.getByRole("button", { name: "Näytä raportti" }).click();
    await page.getByRole("heading", { level: 2, name: "Budjettisalkku 2026" }).waitFor({ timeout: 30_000 });
    await page.getByRole("heading", { level: 3, name: /^Ydinehdotukset/ }).waitFor();
    expect(await axe(page), "strategy report with the portfolio").toEqual([]);
    await page.screenshot({ path: join(artifacts, "04-raportti.png"), fullPage: true });
    await context.close();
  }, 180_000);
});
