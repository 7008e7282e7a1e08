import { type Agent, Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { addressesRefusal, hostOf, resolveHost, urlRefusal, type WebhookPolicy } from "./address-guard.js";
import { EXCERPT_BYTES } from "./events.js";

/** What one POST to a receiver came to: its status and the start of its answer, or why there was none. */
export interface AttemptResult {
  status?: number;
  excerpt?: string;
  error?: string;
}

export type SendWebhook = (
  url: string,
  headers: Record<string, string>,
  body: string,
  policy: WebhookPolicy,
) => Promise<AttemptResult>;

// kept-alive connections: the same receiver gets event after event
const agents = {
  "http:": new HttpAgent({ keepAlive: true, maxSockets: 16 }),
  "https:": new HttpsAgent({ keepAlive: true, maxSockets: 16 }),
} as Record<string, Agent>;

/**
 * POSTs one webhook: the URL is checked again (scheme, allow-list), its host resolved and the
 * addresses checked (address-guard.ts), and the connection made to exactly the address that was
 * checked (a `lookup` that answers it), so a name cannot resolve to something else between the
 * check and the connection. Redirects are not followed (a 3xx is an answer that is not 2xx); the
 * answer is read only as far as EXCERPT_BYTES; the whole attempt has `timeoutMs`.
 */
export function sendWebhook(timeoutMs = 10_000): SendWebhook {
  return async (url, headers, body, policy) => {
    const refused = urlRefusal(url, policy);
    if (refused) return { error: `refused: ${refused}` };
    const u = new URL(url);
    const host = hostOf(u);
    const addresses = await resolveHost(host, policy);
    const after = addressesRefusal(host, addresses, policy);
    if (after) return { error: `refused: ${after}` };
    const address = addresses[0];
    if (address === undefined) return { error: "refused: webhook_url_unresolvable" };
    const family = isIP(address) === 6 ? 6 : 4;
    const lookup: LookupFunction = (_host, options, callback) => {
      if ((options as { all?: boolean }).all)
        (callback as (e: null, a: unknown) => void)(null, [{ address, family }]);
      else callback(null, address, family);
    };
    const send = u.protocol === "https:" ? httpsRequest : httpRequest;
    return new Promise<AttemptResult>((resolve) => {
      let done = false;
      const finish = (r: AttemptResult) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        resolve(r);
      };
      const req = send(
        u,
        {
          method: "POST",
          headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
          agent: agents[u.protocol],
          lookup,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          const end = () => {
            finish({
              status: res.statusCode ?? 0,
              excerpt: Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString("utf8"),
            });
          };
          res.on("data", (d: Buffer) => {
            if (size < EXCERPT_BYTES) chunks.push(d);
            size += d.length;
            // enough for the excerpt: the rest is not read
            if (size >= EXCERPT_BYTES) {
              end();
              res.destroy();
            }
          });
          res.on("end", end);
          res.on("error", end);
        },
      );
      const timer = setTimeout(() => {
        req.destroy(new Error(`no answer in ${timeoutMs} ms`));
      }, timeoutMs);
      req.on("error", (e) => finish({ error: e.message.slice(0, 200) }));
      req.end(body);
    });
  };
}
