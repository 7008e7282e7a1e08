import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../src/server.js";

// The built wizard as the server sends it (issue 19 "Quick to load", server side; issue 21 item
// 2's /%ZZ), over real HTTP with raw request targets (a client library would normalise `..`
// away): precompressed brotli and gzip chosen by Accept-Encoding with Vary, immutable caching
// for hashed assets and no-cache for index.html, index.html for app routes but never for the
// API's paths, and nothing outside the static root, however the path is encoded.
let base: string;
let dir: string;
let root: string;
let server: Awaited<ReturnType<typeof startServer>>;
const script = `console.log(${JSON.stringify("EVA ".repeat(2000))});\n`;
const html = `<!doctype html><html lang="fi"><head><title>EVA</title><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "eva-static-"));
  root = join(dir, "dist-app");
  mkdirSync(join(root, "assets"), { recursive: true });
  writeFileSync(join(root, "index.html"), html);
  writeFileSync(join(root, "robots.txt"), "User-agent: *\n");
  writeFileSync(join(root, "assets/index-abc123.js"), script);
  // what the build's compression step writes next to each file
  writeFileSync(join(root, "assets/index-abc123.js.br"), brotliCompressSync(script));
  writeFileSync(join(root, "assets/index-abc123.js.gz"), gzipSync(script));
  writeFileSync(join(root, "index.html.br"), brotliCompressSync(html));
  // outside the root: its parent, and a sibling sharing the root's name as a prefix
  writeFileSync(join(dir, "secret.txt"), "PARENT SECRET");
  mkdirSync(join(dir, "dist-app-secret"));
  writeFileSync(join(dir, "dist-app-secret/secret.txt"), "SIBLING SECRET");
  writeFileSync(join(dir, "dist-app-secret/index.html"), "SIBLING SECRET");
  const data = join(dir, "data");
  server = await startServer({
    EVA_DATA_DIR: data,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    EVA_STATIC_DIR: root,
  });
  base = server.url;
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}
/** GET with the request target exactly as given (no normalisation of `..` or percent-escapes). */
function get(path: string, headers: Record<string, string> = {}): Promise<Raw> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}
const navigate = { accept: "text/html,application/xhtml+xml,*/*;q=0.8", "accept-encoding": "br, gzip" };

describe("the API docs' files (swagger-ui-dist) over HTTP", () => {
  it("sends swagger-ui's script compressed (br, else gzip), the same bytes when decompressed, with a validator", async () => {
    const file = readFileSync(
      createRequire(import.meta.url).resolve("swagger-ui-dist/swagger-ui-bundle.js"),
    ).toString();
    const br = await get("/docs/swagger-ui-bundle.js", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(file);
    // 1.7 MB of script: what a developer's browser waited for before
    expect(br.body.length).toBeLessThan(file.length / 3);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    const gz = await get("/docs/swagger-ui-bundle.js", { "accept-encoding": "gzip;q=1, br;q=0" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(file);
    const plain = await get("/docs/swagger-ui-bundle.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(file);
    const again = await get("/docs/swagger-ui-bundle.js", {
      "accept-encoding": "br",
      "if-none-match": String(br.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});

describe("the built wizard over HTTP", () => {
  it("sends the precompressed brotli file to br, gzip to gzip, the file itself to neither; Vary: Accept-Encoding", async () => {
    const br = await get("/assets/index-abc123.js", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.body.length).toBeLessThan(script.length / 10);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.headers["content-type"]).toMatch(/^text\/javascript/);
    const gz = await get("/assets/index-abc123.js", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(script);
    const plain = await get("/assets/index-abc123.js", { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
  });

  it("hashed assets are cached for a year, immutable; index.html and other files are revalidated", async () => {
    const asset = await get("/assets/index-abc123.js", { "accept-encoding": "br" });
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const index = await get("/", navigate);
    expect(index.status).toBe(200);
    expect(index.headers["cache-control"]).toBe("no-cache");
    expect(index.headers["content-type"]).toMatch(/^text\/html/);
    expect(index.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(index.body).toString()).toBe(html);
    expect((await get("/robots.txt")).headers["cache-control"]).toBe("no-cache");
  });

  it("answers an app route with index.html (no-cache), but never an API path", async () => {
    for (const path of ["/public", "/auth/callback?code=x&state=y", "/assessments/abc/steps/3"]) {
      const res = await get(path, { accept: "text/html" });
      expect(res.status, path).toBe(200);
      expect(res.body.toString(), path).toBe(html);
      expect(res.headers["cache-control"], path).toBe("no-cache");
    }
    for (const path of [
      "/v1/nothing-here",
      "/v1",
      "/public/nothing-here",
      "/docs/nothing-here",
      "/assets/missing-123.js",
    ]) {
      const res = await get(path, { accept: "text/html" });
      // 401 under /v1 (no token: who is asking comes first), else 404
      expect(res.status, path).toBe(path.startsWith("/v1") ? 401 : 404);
      expect(res.headers["content-type"], path).toMatch(/^application\/problem\+json/);
      expect(res.body.toString(), path).not.toContain('<div id="root">');
    }
    expect((await get("/openapi.json")).headers["content-type"]).toMatch(/^application\/json/);
  });

  it.each([
    "/../secret.txt",
    "/../dist-app-secret/secret.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E/dist-app-secret/secret.txt",
    "/assets/..%2f..%2fsecret.txt",
    "/..%2fdist-app-secret%2fsecret.txt",
    "/%2e%2e%2fdist-app-secret%2fsecret.txt",
    "/assets/%2e%2e/%2e%2e/dist-app-secret/index.html",
    "/..%5csecret.txt",
    "/.%2e/secret.txt",
    "/assets/../../dist-app-secret/secret.txt",
  ])("%s is 404, never a file", async (path) => {
    const res = await get(path, navigate);
    expect(res.status).toBe(404);
    const body = res.headers["content-encoding"] === "br" ? brotliDecompressSync(res.body) : res.body;
    expect(body.toString()).not.toMatch(/SECRET|<div id="root">/);
  });

  it("/%ZZ is 400", async () => {
    expect((await get("/%ZZ", navigate)).status).toBe(400);
  });
});
