import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations as axe, chooseLanguage, launchChromium } from "./chromium.js";
import { startOidcProvider } from "./oidc-provider.js";
import { type ServerProcess, startServerProcess } from "./server-process.js";

// OIDC sign-in end to end: a minimal OpenID provider on 127.0.0.1, the real eva-api server
// process configured for it (serving the built app), and Debian's Chromium clicking
// "Kirjaudu sisään": out to the provider, back with a code, exchanged with PKCE, signed in.
const forms = fileURLToPath(new URL("../../eva-forms/", import.meta.url));
const artifacts = fileURLToPath(new URL("../../../test-artifacts/oidc/", import.meta.url));
let browser: Browser;
let provider: Awaited<ReturnType<typeof startOidcProvider>>;
let server: ServerProcess;
let dir: string;

beforeAll(async () => {
  execFileSync(process.execPath, [join(forms, "scripts/build-if-stale.mjs")], { stdio: "pipe" });
  mkdirSync(artifacts, { recursive: true });
  provider = await startOidcProvider({ clientId: "eva-app", audience: "eva" });
  dir = mkdtempSync(join(tmpdir(), "eva-oidc-"));
  server = await startServerProcess(dir, {
    EVA_STATIC_DIR: join(forms, "dist-app"),
    EVA_OIDC_ISSUER: provider.issuer,
    EVA_OIDC_AUDIENCE: "eva",
    EVA_OIDC_JWKS_URL: provider.jwksUrl,
    EVA_OIDC_CLIENT_ID: "eva-app",
  });
  provider.state.redirectUris.push(`${server.url}/auth/callback`);
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await provider?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openSignIn(page: Page) {
  await page.goto(server.url);
  return page.getByRole("button", { name: "Kirjaudu sisään" });
}

describe("OIDC sign-in in Chromium", () => {
  it("Kirjaudu sisään → provider → back signed in as the OIDC user; the list; reload; sign out", async () => {
    provider.state.mode = "ok";
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const button = await openSignIn(page);
    await button.waitFor();
    expect(await page.getByLabel("Kirjautumistunnus").count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, "01-sign-in.png") });

    const before = provider.state.authorizeRequests.length;
    await button.click();
    await page.getByRole("heading", { name: "Ennakkoarvioinnit" }).waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Littoisten koulun tilaratkaisu (harjoitus)" }).waitFor();
    await page.getByRole("button", { name: "Kirjaudu ulos", exact: true }).waitFor();
    expect(await page.locator("header .signed-in").textContent()).toBe("Sanna Suomalainen");
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, "02-signed-in.png") });

    // what the app sent: a public client's code request with PKCE S256, state and nonce
    const sent = provider.state.authorizeRequests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.params).toMatchObject({
      response_type: "code",
      client_id: "eva-app",
      redirect_uri: `${server.url}/auth/callback`,
      scope: "openid profile",
      code_challenge_method: "S256",
    });
    expect(sent[0]?.params.state?.length).toBeGreaterThanOrEqual(32);
    expect(sent[0]?.params.nonce?.length).toBeGreaterThanOrEqual(32);
    expect(sent[0]?.params).not.toHaveProperty("client_secret");
    // the provider's token endpoint accepted the verifier; the app keeps that access token
    expect(provider.state.tokenErrors).toEqual([]);
    const stored = await page.evaluate(() => sessionStorage.getItem("eva-token"));
    expect(stored).toBe(provider.state.issuedAccessTokens.at(-1));
    expect(await page.evaluate(() => sessionStorage.getItem("eva-oidc-pending"))).toBeNull();
    expect(new URL(page.url()).search).toBe("");

    // a reload keeps the sign-in (the token in sessionStorage), without a trip to the provider
    await page.reload();
    await page.getByRole("heading", { name: "Ennakkoarvioinnit" }).waitFor();
    expect(provider.state.authorizeRequests.length).toBe(before + 1);

    await page.getByRole("button", { name: "Kirjaudu ulos", exact: true }).click();
    await page.getByRole("button", { name: "Kirjaudu sisään" }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem("eva-token"))).toBeNull();
    await context.close();
  }, 120_000);

  it("says what went wrong in the user's language (denied, a wrong nonce, a user without roles); keyboard", async () => {
    const cases = [
      { mode: "deny", text: "Kirjautumispalvelu ei päästänyt sinua sisään. (access_denied)" },
      { mode: "bad-nonce", text: "Kirjautumispalvelun vastaus ei kelvannut." },
      { mode: "no-roles", text: "Tunnistautuminen onnistui, mutta EVA ei hyväksynyt tunnusta" },
    ] as const;
    for (const c of cases) {
      provider.state.mode = c.mode;
      const context = await browser.newContext();
      const page = await context.newPage();
      // with the keyboard this time: past the skip link, the language menu and the header's links
      // (the public view) to the one button, in a few presses
      await (await openSignIn(page)).waitFor();
      const focused = () => page.evaluate(() => document.activeElement?.textContent);
      for (let i = 0; i < 6 && (await focused()) !== "Kirjaudu sisään"; i++) await page.keyboard.press("Tab");
      expect(await focused(), c.mode).toBe("Kirjaudu sisään");
      await page.keyboard.press("Enter");
      await page.getByRole("alert").filter({ hasText: c.text }).waitFor({ timeout: 30_000 });
      expect(await page.getByRole("heading", { name: "Ennakkoarvioinnit" }).count(), c.mode).toBe(0);
      expect(await page.evaluate(() => sessionStorage.getItem("eva-token")), c.mode).toBeNull();
      expect(new URL(page.url()).pathname, c.mode).toBe("/");
      expect(await axe(page), c.mode).toEqual([]);
      if (c.mode === "deny") {
        await page.screenshot({ path: join(artifacts, "03-denied.png") });
        await chooseLanguage(page, "sv");
        await page
          .getByRole("alert")
          .filter({ hasText: "Inloggningstjänsten släppte inte in dig. (access_denied)" })
          .waitFor();
        await page.getByRole("button", { name: "Logga in" }).waitFor();
      }
      await context.close();
    }
    provider.state.mode = "ok";
  }, 120_000);
});
