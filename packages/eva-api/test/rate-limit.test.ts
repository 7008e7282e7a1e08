import { describe, expect, it } from "vitest";
import { numbersFromEnv } from "../src/server.js";
import { testApp, token } from "./harness.js";

// The rate limits (issue 6: per token, 429 with Retry-After) and the public view's limit per
// client address, on a real app with a test clock; and the start-up check of the numeric settings.

async function expect429(res: Response, maxSeconds: number) {
  expect(res.status).toBe(429);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const retry = Number(res.headers.get("retry-after"));
  expect(Number.isInteger(retry)).toBe(true);
  expect(retry).toBeGreaterThanOrEqual(1);
  expect(retry).toBeLessThanOrEqual(maxSeconds);
  return retry;
}

describe("per-token rate limit", () => {
  it("answers 429 with Retry-After past the limit, per token, until the minute is over", async () => {
    const t = await testApp({ rateLimit: 3 });
    try {
      const reader = token("kaarina", "reader");
      for (let i = 0; i < 3; i++) expect((await t.call("GET", "/v1/me", { token: reader })).status).toBe(200);
      expect(await expect429(await t.call("GET", "/v1/me", { token: reader }), 60)).toBe(60);
      // another token has a window of its own
      expect((await t.call("GET", "/v1/me", { token: token("kaarina", "preparer") })).status).toBe(200);
      t.advance(45_000);
      expect(await expect429(await t.call("GET", "/v1/me", { token: reader }), 60)).toBe(15);
      t.advance(15_000);
      expect((await t.call("GET", "/v1/me", { token: reader })).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe("the public view's rate limit", () => {
  const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

  it("counts per client address", async () => {
    const t = await testApp({ publicRateLimit: 2 });
    try {
      const get = (address: string) => t.app.request("/public/assessments", {}, from(address));
      for (let i = 0; i < 2; i++) expect((await get("192.0.2.1")).status).toBe(200);
      await expect429(await get("192.0.2.1"), 60);
      expect((await get("192.0.2.2")).status).toBe(200);
      // the signed-in API's limit is another one: the public one used up takes nothing from it
      expect((await t.call("GET", "/v1/me")).status).toBe(200);
      t.advance(60_000);
      expect((await get("192.0.2.1")).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it("behind trusted proxies takes the address the outermost one saw, not what the client claims", async () => {
    const t = await testApp({ publicRateLimit: 1, trustedProxies: 1 });
    try {
      const get = (forwardedFor: string | null) =>
        t.app.request(
          "/public/assessments",
          forwardedFor === null ? {} : { headers: { "x-forwarded-for": forwardedFor } },
          from("10.0.0.1"),
        );
      expect((await get("198.51.100.7")).status).toBe(200);
      // the same client with a made-up address in front: still 198.51.100.7
      await expect429(await get("203.0.113.99, 198.51.100.7"), 60);
      expect((await get("198.51.100.8")).status).toBe(200);
      // no header: the proxy's own address (one window for everything that skipped the proxy)
      expect((await get(null)).status).toBe(200);
      await expect429(await get(null), 60);
    } finally {
      await t.close();
    }
  });
});

describe("numeric settings", () => {
  it("default, parse and refuse with the setting named", () => {
    expect(numbersFromEnv({})).toMatchObject({
      PORT: 8080,
      EVA_RATE_LIMIT: 600,
      EVA_PUBLIC_RATE_LIMIT: 600,
      EVA_TRUST_PROXY: 0,
      EVA_OIDC_MAX_TOKEN_LIFETIME: 7200,
      EVA_OIDC_CLOCK_SKEW: 60,
    });
    expect(
      numbersFromEnv({ PORT: "0", EVA_RATE_LIMIT: " 100 ", EVA_TRUST_PROXY: "2", EVA_PUBLIC_RATE_LIMIT: "" }),
    ).toMatchObject({
      PORT: 0,
      EVA_RATE_LIMIT: 100,
      EVA_PUBLIC_RATE_LIMIT: 600,
      EVA_TRUST_PROXY: 2,
    });
    for (const [key, value] of [
      ["EVA_RATE_LIMIT", "abc"],
      ["EVA_RATE_LIMIT", "0"],
      ["EVA_RATE_LIMIT", "1.5"],
      ["EVA_PUBLIC_RATE_LIMIT", "-5"],
      ["EVA_TRUST_PROXY", "11"],
      ["PORT", "70000"],
      ["EVA_OIDC_MAX_TOKEN_LIFETIME", "30"],
      ["EVA_OIDC_CLOCK_SKEW", "600"],
    ] as const)
      expect(() => numbersFromEnv({ [key]: value }), `${key}=${value}`).toThrow(
        new RegExp(`^${key} must be a whole number .*: "${value.replace(".", "\\.")}"$`),
      );
    expect(() => numbersFromEnv({ PORT: "x", EVA_RATE_LIMIT: "y" })).toThrow(/PORT .*\n.*EVA_RATE_LIMIT/s);
  });
});
