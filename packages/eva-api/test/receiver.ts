import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** One request a test receiver got. */
export interface Heard {
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/**
 * A webhook receiver on 127.0.0.1 (a free port) for the tests: it records every request and
 * answers with the next status of `answers` (then 204), or what `answers` says of the request,
 * so a test can make it fail twice.
 */
export async function startReceiver(answers: number[] | ((h: Heard) => number) = [], host = "127.0.0.1") {
  const heard: Heard[] = [];
  const waiting: Array<() => void> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (d: Buffer) => chunks.push(d));
    req.on("end", () => {
      const h = {
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        at: Date.now(),
      };
      heard.push(h);
      const status = typeof answers === "function" ? answers(h) : (answers.shift() ?? 204);
      res.writeHead(status, { "content-type": "text/plain" });
      res.end(status >= 300 ? `no thanks (${status})`.repeat(40) : "");
      for (const w of waiting.splice(0)) w();
    });
  });
  await new Promise<void>((ok) => server.listen(0, host, ok));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}/hooks/eva`,
    heard,
    /** resolves when `n` requests have been heard, or fails after `ms` */
    until: (n: number, ms = 5000) =>
      new Promise<void>((ok, fail) => {
        const timer = setTimeout(() => fail(new Error(`heard ${heard.length} of ${n} in ${ms} ms`)), ms);
        const check = () => {
          if (heard.length >= n) {
            clearTimeout(timer);
            ok();
          } else waiting.push(check);
        };
        check();
      }),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
