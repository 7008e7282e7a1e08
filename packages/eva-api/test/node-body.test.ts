// Request bodies over real HTTP: under @hono/node-server, writes are read straight from Node's
// request stream (middleware.ts, limitBody). These check that path against what app.request
// (Hono's own bodyLimit and Request.text()) gives: the same bytes, the same errors.
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft, type TestApp, testApp, token } from "./harness.js";

let t: TestApp;
let base: { port: number };
let server: ReturnType<typeof serve>;

beforeAll(async () => {
  t = await testApp();
  server = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((ok) => server.once("listening", () => ok()));
  base = { port: (server.address() as AddressInfo).port };
});
afterAll(async () => {
  await new Promise<void>((ok) => server.close(() => ok()));
  await t.close();
});

/** Sends `body` in pieces of `chunk` bytes (chunked transfer unless `contentLength`). */
function send(
  method: string,
  path: string,
  body: Buffer,
  opts: { headers?: Record<string, string>; chunk?: number; contentLength?: boolean } = {},
): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: base.port,
        method,
        path,
        headers: {
          authorization: `Bearer ${token("kaarina", "preparer")}`,
          "content-type": "application/merge-patch+json",
          ...(opts.contentLength ? { "content-length": String(body.length) } : {}),
          ...opts.headers,
        },
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on("data", (d: Buffer) => parts.push(d));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(parts).toString(),
          }),
        );
      },
    );
    // a 413 may close the connection before the whole body is written
    req.on("error", (e: NodeJS.ErrnoException) =>
      e.code === "EPIPE" || e.code === "ECONNRESET" ? undefined : reject(e),
    );
    const size = opts.chunk ?? body.length;
    for (let i = 0; i < body.length; i += size) req.write(body.subarray(i, i + size));
    req.end();
  });
}

describe("request bodies read from Node's stream", () => {
  it("keeps multi-byte UTF-8 split across chunks, byte by byte", async () => {
    const { id, etag } = await createDraft(t);
    const problem = "Päiväkoti Ääninen — 🏫 lapsivaikutukset, svenska: förskola";
    const res = await send(
      "PATCH",
      `/v1/assessments/${id}`,
      Buffer.from(JSON.stringify({ basics: { problem } })),
      {
        headers: { "if-match": etag },
        chunk: 1,
      },
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).assessment.basics.problem).toBe(problem);
    const stored = await t.store.getAssessment("kaarina", id);
    expect(stored?.data.basics?.problem).toBe(problem);
  });

  it("drops a leading BOM as Request.text() does, and answers it the same as app.request", async () => {
    const a = await createDraft(t, "bom/1");
    const b = await createDraft(t, "bom/2");
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"basics":{"title":"BOM"}}')]);
    const viaHttp = await send("PATCH", `/v1/assessments/${a.id}`, body, {
      headers: { "if-match": a.etag },
      contentLength: true,
    });
    const viaApp = await t.app.request(`/v1/assessments/${b.id}`, {
      method: "PATCH",
      headers: {
        authorization: `Bearer ${token("kaarina", "preparer")}`,
        "content-type": "application/merge-patch+json",
        "if-match": b.etag,
      },
      body,
    });
    expect(viaApp.status).toBe(200);
    expect(viaHttp.status).toBe(viaApp.status);
    expect(JSON.parse(viaHttp.text).assessment.basics.title).toBe("BOM");
  });

  it("answers 400 problem+json to malformed JSON", async () => {
    const { id, etag } = await createDraft(t, "bad/1");
    const res = await send("PATCH", `/v1/assessments/${id}`, Buffer.from('{"basics": {'), {
      headers: { "if-match": etag },
      contentLength: true,
    });
    expect(res.status).toBe(400);
    expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
  });

  it("answers 413 to a declared Content-Length over 1 MiB and to a chunked body that grows past it", async () => {
    const { id, etag } = await createDraft(t, "big/1");
    const big = Buffer.from(JSON.stringify({ basics: { problem: "x".repeat(1_100_000) } }));
    for (const opts of [{ contentLength: true }, { chunk: 64 * 1024 }]) {
      const res = await send("PATCH", `/v1/assessments/${id}`, big, {
        headers: { "if-match": etag },
        ...opts,
      });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.text).type).toBe("urn:eva:problem:payload-too-large");
    }
    // nothing was saved, and the server still answers on new connections
    const after = await send("PATCH", `/v1/assessments/${id}`, Buffer.from('{"basics":{"title":"pieni"}}'), {
      headers: { "if-match": etag },
    });
    expect(after.status).toBe(200);
  });

  it("accepts a body of exactly 1 MiB (the limit is inclusive)", async () => {
    const { id, etag } = await createDraft(t, "edge/1");
    // JSON may end in whitespace: pad a small patch with spaces up to the limit
    const body = Buffer.from(JSON.stringify({ weightsOverrideReason: "" }));
    const padded = Buffer.concat([body, Buffer.alloc(1024 * 1024 - body.length, 0x20)]);
    expect(padded.length).toBe(1024 * 1024);
    const res = await send("PATCH", `/v1/assessments/${id}`, padded, {
      headers: { "if-match": etag },
      chunk: 100_000,
    });
    expect(res.status).toBe(200);
  });
});
