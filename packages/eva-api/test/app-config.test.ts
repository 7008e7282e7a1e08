import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { signInConfigFromEnv } from "../src/auth/sign-in-config.js";
import { type TestApp, testApp } from "./harness.js";
import { startServerProcess } from "./server-process.js";

// GET /app-config.json: the public answer that tells the app which sign-in to offer.
let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const oidcEnv = {
  EVA_OIDC_ISSUER: "https://login.kaarina.test/realms/eva",
  EVA_OIDC_AUDIENCE: "eva",
  EVA_OIDC_JWKS_URL: "https://login.kaarina.test/realms/eva/certs",
  EVA_OIDC_CLIENT_ID: "eva-app",
};

const connectSrc = (res: Response) =>
  /connect-src ([^;]*)/.exec(res.headers.get("content-security-policy") ?? "")?.[1];

describe("GET /app-config.json", () => {
  it("offers the token sign-in by default, without a token, not cached, CSP connect-src 'self' only", async () => {
    t = await testApp();
    const res = await t.call("GET", "/app-config.json", { token: null });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(await res.json()).toEqual({ signIn: "token" });
    expect(connectSrc(res)).toBe("'self'");
  });

  it("offers OIDC when a client id is configured: issuer, client, default scope and redirect path", async () => {
    t = await testApp({ signIn: signInConfigFromEnv(oidcEnv) });
    const res = await t.call("GET", "/app-config.json", { token: null });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      signIn: "oidc",
      issuer: "https://login.kaarina.test/realms/eva",
      clientId: "eva-app",
      scope: "openid profile",
      redirectPath: "/auth/callback",
    });
    // the browser may fetch the identity provider's discovery document and token endpoint
    expect(connectSrc(res)).toBe("'self' https://login.kaarina.test");
    // and everything else still needs a token
    expect((await t.call("GET", "/v1/me", { token: null })).status).toBe(401);
  });

  it("takes EVA_OIDC_SCOPE and EVA_OIDC_REDIRECT_PATH, and never passes a secret to the browser", async () => {
    const config = signInConfigFromEnv({
      ...oidcEnv,
      EVA_OIDC_SCOPE: "openid profile eva-api",
      EVA_OIDC_REDIRECT_PATH: "/kirjautuminen",
      EVA_OIDC_CLIENT_SECRET: "do-not-leak",
    });
    t = await testApp({ signIn: config });
    const body = await (await t.call("GET", "/app-config.json", { token: null })).text();
    expect(JSON.parse(body)).toMatchObject({
      scope: "openid profile eva-api",
      redirectPath: "/kirjautuminen",
    });
    expect(body).not.toContain("do-not-leak");
  });

  it("is in the OpenAPI document, without security", async () => {
    t = await testApp();
    const doc = (await (await t.call("GET", "/openapi.json", { token: null })).json()) as {
      paths: Record<string, { get?: { security?: unknown } }>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.paths["/app-config.json"]?.get).toBeDefined();
    // the document's default is the bearer token: a public operation says it needs none
    expect(doc.paths["/app-config.json"]?.get?.security).toEqual([]);
    expect(Object.keys(doc.components.schemas)).toContain("AppConfig");
  });
});

describe("the OIDC sign-in configuration from the environment", () => {
  it("is token sign-in without EVA_OIDC_CLIENT_ID, even when the API accepts OIDC tokens", () => {
    const { EVA_OIDC_CLIENT_ID: _c, ...apiOnly } = oidcEnv;
    expect(signInConfigFromEnv(apiOnly)).toEqual({ signIn: "token" });
    expect(signInConfigFromEnv({ EVA_OIDC_CLIENT_ID: "  " })).toEqual({ signIn: "token" });
  });

  it("refuses a half-made or unsafe configuration with a message naming the variable", () => {
    expect(() => signInConfigFromEnv({ EVA_OIDC_CLIENT_ID: "eva-app" })).toThrow(
      "set EVA_OIDC_ISSUER, EVA_OIDC_AUDIENCE, EVA_OIDC_JWKS_URL too",
    );
    expect(() => signInConfigFromEnv({ ...oidcEnv, EVA_OIDC_JWKS_URL: "" })).toThrow("EVA_OIDC_JWKS_URL");
    expect(() => signInConfigFromEnv({ ...oidcEnv, EVA_OIDC_ISSUER: "http://login.kaarina.test" })).toThrow(
      "must be https",
    );
    expect(() => signInConfigFromEnv({ ...oidcEnv, EVA_OIDC_ISSUER: "not a url" })).toThrow("not a URL");
    expect(() => signInConfigFromEnv({ ...oidcEnv, EVA_OIDC_SCOPE: "profile" })).toThrow("include openid");
    for (const path of ["https://evil.test/cb", "//evil.test/cb", "cb", "/cb?x=1"])
      expect(() => signInConfigFromEnv({ ...oidcEnv, EVA_OIDC_REDIRECT_PATH: path }), path).toThrow(
        "EVA_OIDC_REDIRECT_PATH",
      );
  });

  it("accepts http only for a loopback issuer (a developer's or a test's provider)", () => {
    for (const issuer of ["http://127.0.0.1:9000", "http://localhost:9000/realms/eva", "http://[::1]:9000"])
      expect(signInConfigFromEnv({ ...oidcEnv, EVA_OIDC_ISSUER: issuer })).toMatchObject({ issuer });
  });
});

describe("the server process", () => {
  it("does not start on a half-made OIDC sign-in, and says which variables are missing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eva-app-config-"));
    try {
      await expect(
        startServerProcess(dir, {
          EVA_OIDC_CLIENT_ID: "eva-app",
          EVA_OIDC_ISSUER: "https://login.kaarina.test",
        }),
      ).rejects.toThrow("set EVA_OIDC_AUDIENCE, EVA_OIDC_JWKS_URL too");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
