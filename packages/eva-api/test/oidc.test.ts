import { createServer, type Server } from "node:http";
import { exportJWK, generateKeyPair, SignJWT } from "jose";

type KeyLike = Parameters<SignJWT["sign"]>[0];

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { oidcAuth } from "../src/auth/oidc.js";

// A real JWKS served on 127.0.0.1, as an identity provider would; tokens signed with its key.
let server: Server;
let jwksUrl = "";
let privateKey: KeyLike;
let otherKey: KeyLike;

beforeAll(async () => {
  const pair = await generateKeyPair("RS256");
  privateKey = pair.privateKey as KeyLike;
  otherKey = (await generateKeyPair("RS256")).privateKey as KeyLike;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
  server = createServer((_req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", () => ok()));
  const address = server.address();
  jwksUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/jwks`;
});
afterAll(async () => {
  await new Promise((ok) => server.close(ok));
});

const sign = (
  claims: Record<string, unknown>,
  key: KeyLike = privateKey,
  options: { iss?: string; aud?: string; exp?: string } = {},
) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: "k1" })
    .setIssuer(options.iss ?? "https://idp.kaarina.test")
    .setAudience(options.aud ?? "eva")
    .setSubject("u1")
    .setIssuedAt()
    .setExpirationTime(options.exp ?? "5m")
    .sign(key);

/** A token with exactly these registered claims (seconds since the epoch; null leaves one out). */
const signAt = (times: { iat: number | null; exp: number | null; sub?: string | null }) => {
  const jwt = new SignJWT({
    municipality: "kaarina",
    eva_roles: ["reader"],
    ...(times.iat !== null ? { iat: times.iat } : {}),
    ...(times.exp !== null ? { exp: times.exp } : {}),
    ...(times.sub !== null ? { sub: times.sub ?? "u1" } : {}),
  })
    .setProtectedHeader({ alg: "RS256", kid: "k1" })
    .setIssuer("https://idp.kaarina.test")
    .setAudience("eva");
  return jwt.sign(privateKey);
};

describe("OIDC bearer tokens", () => {
  const auth = () =>
    oidcAuth({
      issuer: "https://idp.kaarina.test",
      audience: "eva",
      jwksUrl,
      organizationClaim: "municipality",
      rolesClaim: "eva_roles",
    });

  it("accepts a token signed by the JWKS, with the configured organization and roles claims", async () => {
    const p = await auth().authenticate(
      await sign({ municipality: "kaarina", eva_roles: ["preparer", "nonsense"], name: "Sanna" }),
    );
    expect(p).toEqual({
      issuer: "https://idp.kaarina.test",
      organization: "kaarina",
      roles: ["preparer"],
      name: "Sanna",
      subject: "u1",
    });
  });

  it("rejects another key, another issuer or audience, an expired token and missing claims", async () => {
    const a = auth();
    expect(
      await a.authenticate(await sign({ municipality: "kaarina", eva_roles: ["reader"] }, otherKey)),
    ).toBeNull();
    expect(
      await a.authenticate(
        await sign({ municipality: "kaarina", eva_roles: ["reader"] }, privateKey, { iss: "https://evil" }),
      ),
    ).toBeNull();
    expect(
      await a.authenticate(
        await sign({ municipality: "kaarina", eva_roles: ["reader"] }, privateKey, { aud: "other" }),
      ),
    ).toBeNull();
    expect(
      await a.authenticate(
        await sign({ municipality: "kaarina", eva_roles: ["reader"] }, privateKey, { exp: "-1m" }),
      ),
    ).toBeNull();
    expect(await a.authenticate(await sign({ eva_roles: ["reader"] }))).toBeNull();
    expect(await a.authenticate(await sign({ municipality: "kaarina", eva_roles: [] }))).toBeNull();
    expect(await a.authenticate("not-a-jwt")).toBeNull();
  });

  // issue 21 item 3: a token without exp was accepted for ever, and one issued in the future
  // too; an identity provider's lifetime setting is now capped by EVA_OIDC_MAX_TOKEN_LIFETIME
  describe("time claims, on a fixed clock", () => {
    // the time the tests started, whole seconds: the clock the auth is given stays there
    const now = Math.floor(Date.now() / 1000);
    const timed = (maxTokenLifetime?: number) =>
      oidcAuth({
        issuer: "https://idp.kaarina.test",
        audience: "eva",
        jwksUrl,
        organizationClaim: "municipality",
        rolesClaim: "eva_roles",
        clock: () => new Date(now * 1000),
        ...(maxTokenLifetime !== undefined ? { maxTokenLifetime } : {}),
      });

    it("accepts iat now and exp in 5 minutes, and an iat up to 60 s ahead (clock skew)", async () => {
      const a = timed();
      expect(await a.authenticate(await signAt({ iat: now, exp: now + 300 }))).not.toBeNull();
      expect(await a.authenticate(await signAt({ iat: now + 60, exp: now + 360 }))).not.toBeNull();
    });

    it("refuses a token without exp, without iat or without sub", async () => {
      const a = timed();
      expect(await a.authenticate(await signAt({ iat: now, exp: null }))).toBeNull();
      expect(await a.authenticate(await signAt({ iat: null, exp: now + 300 }))).toBeNull();
      expect(await a.authenticate(await signAt({ iat: now, exp: now + 300, sub: null }))).toBeNull();
    });

    it("refuses an iat more than 60 s in the future", async () => {
      expect(await timed().authenticate(await signAt({ iat: now + 61, exp: now + 400 }))).toBeNull();
      expect(await timed().authenticate(await signAt({ iat: now + 3600, exp: now + 7000 }))).toBeNull();
    });

    it("refuses a lifetime (exp − iat) over the cap: 2 h by default, or as set", async () => {
      expect(await timed().authenticate(await signAt({ iat: now, exp: now + 7200 }))).not.toBeNull();
      expect(await timed().authenticate(await signAt({ iat: now, exp: now + 7201 }))).toBeNull();
      expect(await timed().authenticate(await signAt({ iat: now - 60, exp: now + 30 * 86400 }))).toBeNull();
      expect(await timed(600).authenticate(await signAt({ iat: now, exp: now + 600 }))).not.toBeNull();
      expect(await timed(600).authenticate(await signAt({ iat: now, exp: now + 900 }))).toBeNull();
    });

    it("refuses an expired token, with the same 60 s of skew", async () => {
      expect(await timed().authenticate(await signAt({ iat: now - 400, exp: now - 30 }))).not.toBeNull();
      expect(await timed().authenticate(await signAt({ iat: now - 400, exp: now - 61 }))).toBeNull();
    });
  });
});
