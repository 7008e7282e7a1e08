import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AppConfig, OidcConfig } from "../api/app-config.js";
import type { Me } from "../api/types.js";
import { i18n } from "../i18n/i18n.js";
import { axeViolations } from "../test/axe.js";
import { SignIn } from "./SignIn.js";

// A real HTTP server on 127.0.0.1 answers what the sign-in page asks: /app-config.json, /v1/me
// and, for OIDC, the provider's discovery document. The whole redirect flow runs in Chromium
// (packages/eva-api/test/oidc-signin.browser.test.ts).
let server: Server;
let base = "";
let config: AppConfig = { signIn: "token" };
const me: Me = { organization: "kaarina", roles: ["preparer"], name: "Sanna Suomalainen" };

beforeAll(async () => {
  server = createServer((req, res) => {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.url === "/app-config.json") return json(200, config);
    if (req.url === "/v1/me")
      return req.headers.authorization === "Bearer good-token"
        ? json(200, me)
        : json(401, { status: 401, title: "Tunnistautuminen puuttuu" });
    if (req.url === "/idp/.well-known/openid-configuration")
      return json(200, {
        issuer: `${base}/idp`,
        authorization_endpoint: `${base}/idp/authorize`,
        token_endpoint: `${base}/idp/token`,
        jwks_uri: `${base}/idp/jwks`,
        response_types_supported: ["code"],
        code_challenge_methods_supported: ["S256"],
      });
    json(404, {});
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((ok) => server.close(ok));
});
afterEach(async () => {
  sessionStorage.clear();
  window.history.replaceState(null, "", "/");
  await i18n.changeLanguage("fi");
});

function renderSignIn() {
  const signedIn: Array<{ token: string; me: Me }> = [];
  const navigated: string[] = [];
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const utils = render(
    <QueryClientProvider client={client}>
      <main>
        <SignIn
          initialToken={null}
          baseUrl={base}
          onSignedIn={(token, who) => signedIn.push({ token, me: who })}
          navigate={(url) => navigated.push(url)}
        />
      </main>
    </QueryClientProvider>,
  );
  return { ...utils, signedIn, navigated };
}

const oidc = (): OidcConfig => ({
  signIn: "oidc",
  issuer: `${base}/idp`,
  clientId: "eva-app",
  scope: "openid profile",
  redirectPath: "/auth/callback",
});

describe("SignIn, token mode (the embedded default)", () => {
  it("asks for a token, signs in with the keyboard, says in Finnish when it is not valid; no axe violations", async () => {
    config = { signIn: "token" };
    const user = userEvent.setup();
    const { container, signedIn } = renderSignIn();
    const field = await screen.findByLabelText("Kirjautumistunnus");
    expect(screen.queryByRole("button", { name: "Kirjaudu sisään" })).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
    await user.click(field);
    await user.keyboard("bad-token{Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent("Tunnus ei kelpaa.");
    expect(await axeViolations(container)).toEqual([]);
    await user.clear(field);
    await user.keyboard("good-token{Enter}");
    await waitFor(() => expect(signedIn).toEqual([{ token: "good-token", me }]));
  });
});

describe("SignIn, demo mode", () => {
  it("says that one demo user may prepare and approve while the four-eyes rule is off; axe-clean", async () => {
    config = { signIn: "token", demo: true, fourEyes: false };
    const { container } = renderSignIn();
    await screen.findByLabelText("Kirjautumistunnus");
    expect(screen.getByText(/^Esittelytila: neljän silmän periaate ei ole käytössä/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("says nothing of it when the rule is on", async () => {
    config = { signIn: "token", demo: true };
    renderSignIn();
    await screen.findByLabelText("Kirjautumistunnus");
    expect(screen.queryByText(/neljän silmän/)).toBeNull();
  });
});

describe("SignIn, OIDC mode", () => {
  it("shows one Kirjaudu sisään button instead of the token field, reached with Tab; no axe violations", async () => {
    // what the button sends (PKCE S256, state, nonce) is checked in Chromium: jsdom's realms
    // break oauth4webapi's base64url of the SHA-256 challenge, a real browser does not
    config = oidc();
    const user = userEvent.setup();
    const { container } = renderSignIn();
    const button = await screen.findByRole("button", { name: "Kirjaudu sisään" });
    expect(screen.queryByLabelText("Kirjautumistunnus")).toBeNull();
    expect(screen.getAllByRole("button")).toHaveLength(1);
    expect(screen.getByRole("heading", { level: 2, name: "Kirjautuminen" })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await user.tab();
    expect(button).toHaveFocus();
  });

  it("says in the user's language when the way back does not match a sign-in started in this tab", async () => {
    config = oidc();
    window.history.replaceState(null, "", "/auth/callback?code=stolen&state=guessed");
    const { container, signedIn } = renderSignIn();
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Kirjautuminen keskeytyi tai se aloitettiin toisessa välilehdessä. Kirjaudu uudelleen.",
    );
    // the code is not kept in the address bar
    await waitFor(() => expect(window.location.pathname).toBe("/"));
    expect(window.location.search).toBe("");
    expect(signedIn).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);
    await i18n.changeLanguage("sv");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Inloggningen avbröts eller påbörjades i en annan flik. Logga in på nytt.",
    );
    expect(screen.getByRole("button", { name: "Logga in" })).toBeEnabled();
  });

  it("treats a pending sign-in of another provider, or a spoiled one, as none, and spends it", async () => {
    config = oidc();
    for (const pending of [
      JSON.stringify({ issuer: "https://evil.test", clientId: "eva-app" }),
      "{spoiled",
    ]) {
      sessionStorage.setItem("eva-oidc-pending", pending);
      window.history.replaceState(null, "", "/auth/callback?code=c&state=s");
      const { unmount } = renderSignIn();
      expect(await screen.findByRole("alert")).toHaveTextContent("Kirjautuminen keskeytyi");
      expect(sessionStorage.getItem("eva-oidc-pending")).toBeNull();
      unmount();
    }
  });

  it("says so when the provider cannot be reached", async () => {
    config = { ...oidc(), issuer: `${base}/no-such-idp` };
    const user = userEvent.setup();
    const { navigated } = renderSignIn();
    await user.click(await screen.findByRole("button", { name: "Kirjaudu sisään" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Kirjautumispalveluun ei saatu yhteyttä.");
    expect(navigated).toEqual([]);
    expect(sessionStorage.getItem("eva-oidc-pending")).toBeNull();
  });
});

describe("SignIn, the front door (issue 19)", () => {
  it("says what EVA is in one h1; the token field is a demo token only in demo mode, and the OIDC button replaces it", async () => {
    config = { signIn: "token", demo: true };
    const first = renderSignIn();
    await screen.findByLabelText("Kirjautumistunnus");
    expect(screen.getAllByRole("heading", { level: 1 }).map((h) => h.textContent)).toEqual([
      "EVA – vaikutusten ennakkoarviointi",
    ]);
    expect(screen.getByText(/päätösten vaikutusten ennakkoarviointiin/)).toBeInTheDocument();
    expect(
      screen.getByRole("heading", { level: 2, name: "Kirjaudu esittelytunnuksella" }),
    ).toBeInTheDocument();
    expect(await axeViolations(first.container)).toEqual([]);
    first.unmount();

    config = { signIn: "token" };
    const second = renderSignIn();
    await screen.findByLabelText("Kirjautumistunnus");
    expect(screen.getByRole("heading", { level: 2, name: "Kirjaudu" })).toBeInTheDocument();
    expect(screen.queryByText(/esittely/i)).toBeNull();
    second.unmount();

    config = oidc();
    renderSignIn();
    await screen.findByRole("button", { name: "Kirjaudu sisään" });
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(screen.queryByLabelText("Kirjautumistunnus")).toBeNull();
    expect(screen.queryByText(/esittely/i)).toBeNull();
  });
});
