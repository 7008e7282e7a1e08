import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Assessment, demoAssessment, evaluate, exampleStrategies } from "eva-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Auth, Principal } from "../src/auth/auth.js";
import { startServer } from "../src/server.js";
import { workerPoolEvaluator } from "../src/services/evaluator.js";
import { testApp, token } from "./harness.js";

// Issue 21 item 6: heavy work must not starve the event loop, nor can an unauthenticated caller
// make the server read a megabyte, try tokens without limit, or share a rate-limit bucket with
// others. (How long /healthz waits while evaluations run is measured by `pnpm
// bench:api:starvation`, not here: tests do not depend on the machine's speed.)

const assessment = demoAssessment as Assessment;
const strategy = exampleStrategies.kaarina;

describe("evaluations on worker threads", () => {
  const pool = workerPoolEvaluator({ threads: 1, maxQueue: 1 });
  afterAll(() => pool.close());

  it("POST /v1/evaluate runs on the pool and gives eva-core's numbers exactly", async () => {
    const t = await testApp({ evaluator: pool });
    try {
      const res = await t.call("POST", "/v1/evaluate", {
        body: { assessment, strategy, seed: 7, samples: 2000 },
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(
        JSON.parse(JSON.stringify(evaluate(assessment, strategy, { seed: 7, samples: 2000 }))),
      );
      expect(pool.completed).toBe(1);
      // eva-core's errors for bad input keep their code and path across the thread
      await expect(pool.evaluate(assessment, strategy, { samples: 0 })).rejects.toMatchObject({
        name: "EvaError",
        code: "invalid_option",
        path: ["samples"],
      });
    } finally {
      await t.close();
    }
  });

  it("past the queue limit it answers 503 with Retry-After, and the queued ones finish", async () => {
    const t = await testApp({ evaluator: pool });
    try {
      // one running and one waiting fill a pool of one thread and a queue of one
      const heavy = { seed: 1, samples: 100_000 };
      const running = [
        pool.evaluate(assessment, strategy, heavy),
        pool.evaluate(assessment, strategy, heavy),
      ];
      const res = await t.call("POST", "/v1/evaluate", {
        body: { assessment, strategy, samples: 100 },
        headers: { "accept-language": "en" },
      });
      expect(res.status).toBe(503);
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(((await res.json()) as { type: string }).type).toBe("urn:eva:problem:service-busy");
      const retry = Number(res.headers.get("retry-after"));
      expect(Number.isInteger(retry) && retry >= 1 && retry <= 60).toBe(true);
      await Promise.all(running);
    } finally {
      await t.close();
    }
  });

  it("samples are at most 100,000 (422 at /samples)", async () => {
    const t = await testApp();
    try {
      const res = await t.call("POST", "/v1/evaluate", { body: { assessment, strategy, samples: 100_001 } });
      expect(res.status).toBe(422);
      expect(((await res.json()) as { errors: Array<{ path: string }> }).errors[0]?.path).toBe("/samples");
    } finally {
      await t.close();
    }
  });
});

describe("authentication before the body", () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "eva-heavy-"));
    server = await startServer({ EVA_DATA_DIR: dir, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent" });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a POST that announces 1 MiB without a valid token is answered 401 before its body is sent", async () => {
    const { port } = new URL(server.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1", () => {
        // the headers and 10 bytes of the 1,000,000 announced; the rest is never sent
        socket.write(
          [
            "POST /v1/evaluate HTTP/1.1",
            "Host: 127.0.0.1",
            "Authorization: Bearer not-a-token",
            "Content-Type: application/json",
            "Content-Length: 1000000",
            "",
            '{"assess":',
          ].join("\r\n"),
        );
      });
      let got = "";
      socket.on("data", (d) => {
        got += String(d);
        if (got.includes("\r\n\r\n")) {
          socket.destroy();
          resolve(got);
        }
      });
      socket.on("error", reject);
      // the server waits for the rest of the body otherwise: say so rather than time out
      setTimeout(() => {
        socket.destroy();
        resolve(got || "no answer while the body was incomplete");
      }, 10_000);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
  });
});

describe("the rate limit", () => {
  it("counts failed authentications per client address: 429 once over, valid tokens still pass", async () => {
    const t = await testApp({ rateLimit: 3 });
    try {
      for (let i = 0; i < 3; i++)
        expect((await t.call("GET", "/v1/me", { token: "wrong" })).status).toBe(401);
      const over = await t.call("GET", "/v1/me", { token: "wrong" });
      expect(over.status).toBe(429);
      expect(Number(over.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect((await t.call("GET", "/v1/me", { token: null })).status).toBe(429);
      expect((await t.call("GET", "/v1/me", { token: token("kaarina", "reader") })).status).toBe(200);
      t.advance(60_000);
      expect((await t.call("GET", "/v1/me", { token: "wrong" })).status).toBe(401);
    } finally {
      await t.close();
    }
  });

  it("counts per issuer + organization + subject: the same sub elsewhere has a bucket of its own", async () => {
    const who: Record<string, Principal> = {
      a: {
        issuer: "https://idp.kaarina.test",
        organization: "kaarina",
        subject: "u1",
        roles: ["reader"],
        name: "A",
      },
      b: {
        issuer: "https://idp.kaarina.test",
        organization: "heinola",
        subject: "u1",
        roles: ["reader"],
        name: "B",
      },
      c: {
        issuer: "https://idp.other.test",
        organization: "kaarina",
        subject: "u1",
        roles: ["reader"],
        name: "C",
      },
    };
    const auth: Auth = { authenticate: async (tok) => who[tok] ?? null };
    const t = await testApp({ rateLimit: 2, auth });
    try {
      const me = (tok: string) => t.call("GET", "/v1/me", { token: tok });
      expect((await me("a")).status).toBe(200);
      expect((await me("a")).status).toBe(200);
      expect((await me("a")).status).toBe(429);
      expect((await me("b")).status).toBe(200);
      expect((await me("c")).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
