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
    expect(p).toEqual({ organization: "kaarina", roles: ["preparer"], name: "Sanna", subject: "oidc:u1" });
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
});
