import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../src/server.js";
import { axeViolations as axe, launchChromium } from "./chromium.js";

// A new user's whole flow in Debian's Chromium against the real server on lowdb, serving the
// built wizard: sign in with the keyboard, open a Kaarina draft, walk every step (axe on each,
// screenshots to test-artifacts/), submit; sign in as the approver, approve; print the summary.
const forms = fileURLToPath(new URL("../../eva-forms/", import.meta.url));
const artifacts = fileURLToPath(new URL("../../../test-artifacts/wizard/", import.meta.url));
let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
let dir: string;
const tok = (role: string) =>
  server.demoTokens.find((t) => t.organization === "kaarina" && t.role === role)?.token ?? "";

beforeAll(async () => {
  execFileSync(process.execPath, [join(forms, "scripts/build-if-stale.mjs")], { stdio: "pipe" });
  mkdirSync(artifacts, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), "eva-wizard-"));
  server = await startServer({
    EVA_DATA_DIR: dir,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    EVA_STATIC_DIR: join(forms, "dist-app"),
  });
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function signIn(page: Page, token: string) {
  await page.goto(server.url);
  await page.keyboard.press("Tab"); // skip link
  await page.getByLabel("Kirjautumistunnus").focus();
  await page.keyboard.type(token);
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Ennakkoarvioinnit" }).waitFor();
}

describe("the wizard in Chromium", () => {
  it("preparer fills and submits, approver approves, the summary prints; axe on every step", async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await signIn(page, tok("preparer"));
    expect(await axe(page)).toEqual([]);
    await page.getByRole("button", { name: "Littoisten koulun tilaratkaisu (harjoitus)" }).click();
    const steps = [
      "Perustiedot",
      "Vaihtoehdot",
      "Painot",
      "Strategia",
      "Arvot",
      "Vaikutukset",
      "Talous",
      "Riskit",
      "Osallistaminen",
      "Johtopäätös",
      "Tiivistelmä",
    ];
    for (const [i, name] of steps.entries()) {
      await page.getByRole("heading", { level: 2, name }).waitFor();
      // from the weights step on, the live result comes from the Web Worker of the built app
      if (i >= 2 && name !== "Tiivistelmä") {
        await page
          .getByRole("complementary", { name: "Tulos nyt" })
          .getByRole("table", { name: "Pisteet ja sijat" })
          .waitFor({ timeout: 20_000 });
      }
      expect(await axe(page), name).toEqual([]);
      await page.screenshot({
        path: join(artifacts, `${String(i + 1).padStart(2, "0")}-${name}.png`),
        fullPage: false,
      });
      if (i === 0) {
        await page.getByLabel("Asian otsikko").fill("Littoisten koulun tilaratkaisu (selaintesti)");
        await page.getByText(/^Tallennettu klo/).waitFor({ timeout: 10_000 });
      }
      if (name === "Painot") {
        // rank the groups with the keyboard: ROC for 7 gives the first (1 + 1/2 + … + 1/7)/7 = 37.0 %
        const groups = page.getByRole("group", { name: "Ryhmien painot" });
        // SWING first and saved, then rank: the autosave must delete `points` on the server, or
        // the strict schema refuses { method: "rank", points, order } and the save fails
        const patched = () =>
          page.waitForResponse((r) => r.request().method() === "PATCH", { timeout: 10_000 });
        let saved = patched();
        await groups.getByLabel("Painotustapa").selectOption({ label: "SWING-pisteet (0–100)" });
        expect((await saved).status()).toBe(200);
        saved = patched();
        await groups.getByLabel("Painotustapa").selectOption({ label: "Tärkeysjärjestys (ROC)" });
        expect((await saved).status()).toBe(200);
        await groups.getByRole("button", { name: "Siirrä alemmas: Strategian päämäärät" }).focus();
        await page.keyboard.press("Enter");
        const first = groups.getByRole("row", { name: /^Ihmiset/ });
        expect(await first.textContent()).toMatch(/37,0\s%/);
        await page
          .getByLabel("Miksi painot poikkeavat strategian oletuspainoista?")
          .fill("Selaintesti painottaa ihmisiä.");
        expect(await axe(page), "Painot (ROC)").toEqual([]);
      }
      if (i < steps.length - 1) await page.getByRole("button", { name: "Seuraava" }).click();
    }
    await page.getByRole("img", { name: /Vaihtoehtojen pisteet/ }).waitFor();
    // the live result ran in its Web Worker (same origin, so the CSP's script-src 'self' admits it)
    expect(
      workers.some((url) => /\/assets\/live-result\.worker-[\w-]+\.js$/.test(url)),
      workers.join(),
    ).toBe(true);
    await page.getByRole("button", { name: "Lähetä hyväksyttäväksi" }).click();
    // the wizard reloads the assessment after the action: it is now locked, awaiting approval
    await page.getByText(/Arviointi on lukittu \(Hyväksyttävänä\)/).waitFor({ timeout: 30_000 });

    await page.getByRole("button", { name: /Kirjaudu ulos/ }).click();
    await signIn(page, tok("approver"));
    await page.getByRole("button", { name: "Littoisten koulun tilaratkaisu (selaintesti)" }).click();
    await page.getByRole("button", { name: "11. Tiivistelmä" }).click();
    await page.getByRole("button", { name: "Hyväksy" }).click();
    await page.getByText(/Arviointi on lukittu \(Hyväksytty\)/).waitFor();

    await page.getByRole("button", { name: "11. Tiivistelmä" }).click();
    await page.getByRole("img", { name: /Vaihtoehtojen pisteet/ }).waitFor();
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4", path: join(artifacts, "tiivistelma.pdf") });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    await context.close();
  }, 180_000);

  it("speaks Swedish and fits 320 px without horizontal scrolling", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await signIn(page, tok("preparer"));
    await page.getByLabel("Kieli").selectOption("sv");
    await page.getByRole("heading", { name: "Förhandsbedömningar" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("sv");
    await page.getByRole("button", { name: "Littoisten koulun tilaratkaisu", exact: true }).click();
    await page.getByRole("heading", { level: 2, name: "Grunduppgifter" }).waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    expect(await axe(page)).toEqual([]);
    await context.close();
  }, 120_000);
});

describe("the other pages in Chromium", () => {
  const api = async (method: string, path: string, body?: unknown, etag?: string) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tok("preparer")}`,
        ...(body ? { "content-type": "application/merge-patch+json" } : {}),
        ...(etag ? { "if-match": etag } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { json: (await res.json()) as Record<string, unknown>, etag: res.headers.get("etag") ?? "" };
  };

  it("public view, history, follow-up and strategy report: axe on each", async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/public`);
    await page.getByRole("heading", { level: 1, name: "Julkiset ennakkoarvioinnit" }).waitFor();
    expect(await axe(page), "public list").toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByLabel("Kieli").selectOption("sv");
    await page.getByRole("heading", { level: 1, name: "Offentliga förhandsbedömningar" }).waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    expect(await axe(page), "public list, sv, 320 px").toEqual([]);
    await page.getByLabel("Språk").selectOption("fi");
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.getByRole("button", { name: "Littoisten koulun tilaratkaisu", exact: true }).click();
    await page.getByRole("heading", { level: 2, name: "Littoisten koulun tilaratkaisu" }).waitFor();
    expect(await axe(page), "public summary").toEqual([]);
    await page.screenshot({ path: join(artifacts, "public.png") });

    await signIn(page, tok("preparer"));
    await page.getByRole("button", { name: "Littoisten koulun tilaratkaisu", exact: true }).click();
    await page.getByRole("heading", { level: 2, name: "Perustiedot" }).waitFor();
    await page.getByRole("button", { name: "Historia" }).click();
    await page.getByRole("heading", { level: 1, name: "Arvioinnin historia" }).waitFor();
    await page.getByText("Tuotu").waitFor();
    expect(await axe(page), "history").toEqual([]);
    await page.screenshot({ path: join(artifacts, "history.png") });
    await page.getByRole("button", { name: "Takaisin arviointiin" }).click();
    await page.getByRole("button", { name: "Jälkiarviointi" }).click();
    await page.getByRole("heading", { level: 1, name: /^Jälkiarviointi: / }).waitFor();
    await page.getByText("Jälkiarviointia ei ole vielä kirjattu.").waitFor();
    expect(await axe(page), "follow-up").toEqual([]);
    await page.screenshot({ path: join(artifacts, "follow-up.png"), fullPage: true });
    await page.getByRole("button", { name: "Takaisin arviointiin" }).click();
    await page.getByRole("button", { name: "Takaisin listaan" }).click();
    await page.getByRole("button", { name: "Strategiaraportti" }).click();
    await page.getByRole("button", { name: "Näytä raportti" }).click();
    await page.getByRole("img", { name: /keskimääräinen arvio/ }).waitFor();
    await page.getByRole("link", { name: "Lataa CSV" }).waitFor();
    expect(await axe(page), "strategy report").toEqual([]);
    await page.screenshot({ path: join(artifacts, "strategy-report.png"), fullPage: true });
    await context.close();
  }, 120_000);

  it("a 412 during autosave opens a real modal dialog with focus inside; keep mine saves over the newer version", async () => {
    const created = await api("POST", "/v1/assessments", {
      caseRef: { organization: "kaarina", system: "dynasty", caseId: "412/00.00.00/2026" },
      strategyId: "kaarina-strategia",
    });
    const id = String(created.json.id);
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await signIn(page, tok("preparer"));
    await page.getByRole("button", { name: "412/00.00.00/2026" }).click();
    await page.getByRole("heading", { level: 2, name: "Perustiedot" }).waitFor();
    const now = await api("GET", `/v1/assessments/${id}`);
    await api("PATCH", `/v1/assessments/${id}`, { basics: { title: "Toisen käyttäjän otsikko" } }, now.etag);
    await page.getByLabel("Mikä ongelma ratkaistaan?").fill("Oma muutos selaimessa");
    const dialog = page.getByRole("dialog", { name: "Arviointia on muutettu toisaalla" });
    await dialog.waitFor({ timeout: 10_000 });
    await dialog.getByText("Perustiedot › Asian otsikko").waitFor();
    expect(await page.evaluate(() => document.querySelector("dialog")?.matches(":modal"))).toBe(true);
    expect(await page.evaluate(() => !!document.activeElement?.closest("dialog"))).toBe(true);
    expect(await axe(page), "conflict dialog").toEqual([]);
    await page.screenshot({ path: join(artifacts, "conflict.png") });
    await page.keyboard.press("Escape"); // does not dismiss: saving waits for the user's choice
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByRole("button", { name: "Säilytä omat muutokseni" }).click();
    await dialog.waitFor({ state: "detached", timeout: 10_000 });
    const saved = (await api("GET", `/v1/assessments/${id}`)).json.assessment as {
      basics: { title: string; problem: string };
    };
    expect(saved.basics.title).toBe("Toisen käyttäjän otsikko");
    expect(saved.basics.problem).toBe("Oma muutos selaimessa");
    await context.close();
  }, 120_000);
});
