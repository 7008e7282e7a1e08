import type { Logger } from "pino";
import { Webhook } from "standardwebhooks";
import type { WebhookPolicy } from "./address-guard.js";
import { type SendWebhook, sendWebhook } from "./deliver.js";
import { type Delivery, payloadOf, type WebhookEndpoint } from "./events.js";
import type { WebhookStore } from "./webhook-store.js";

export interface WebhookWorkerOptions {
  store: WebhookStore;
  policy: WebhookPolicy;
  /** the only source of time (tests move it) */
  clock: () => Date;
  /** for the jitter; default Math.random */
  random?: () => number;
  send?: SendWebhook;
  logger?: Logger;
  /** deliveries taken at a time; default 100 */
  batch?: number;
  /**
   * how long a taken delivery is kept from other workers; default 15 s (an attempt's 10 s timeout
   * and its save): an instance that dies mid-attempt delays that delivery by at most this much
   */
  leaseMs?: number;
}

/** The first retry after 5–10 s, then twice as long each time (to at most 3–6 h), with jitter. */
export function retryDelayMs(attempts: number, random: number): number {
  const base = Math.min(6 * 3600_000, 10_000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.5 + 0.5 * random));
}

/**
 * The Standard Webhooks headers of one attempt, signed by the `standardwebhooks` library with the
 * endpoint's secret, and after a rotation also with the previous one until it expires.
 */
export function signedHeaders(endpoint: WebhookEndpoint, d: Delivery, at: Date, payload: string) {
  const signatures = [new Webhook(endpoint.secret).sign(d.event.id, at, payload)];
  if (
    endpoint.previousSecret &&
    endpoint.previousSecretUntil &&
    endpoint.previousSecretUntil > at.toISOString()
  )
    signatures.push(new Webhook(endpoint.previousSecret).sign(d.event.id, at, payload));
  return {
    "content-type": "application/json",
    "user-agent": "EVA-webhooks/1",
    "webhook-id": d.event.id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": signatures.join(" "),
  };
}

/**
 * The delivery worker: each tick takes the due deliveries (claimDue), POSTs them side by side and
 * saves how each went: delivered on a 2xx; otherwise pending again after retryDelayMs, until its
 * expiresAt (3 days), then failed. `tick()` is the whole of it (tests call it with their clock);
 * `start()` ticks every `intervalMs` and at once after `nudge()` (a new event).
 */
export function createWebhookWorker(o: WebhookWorkerOptions) {
  const send = o.send ?? sendWebhook();
  const random = o.random ?? Math.random;
  const batch = o.batch ?? 100;
  const leaseMs = o.leaseMs ?? 15_000;

  async function attempt(d: Delivery, endpoint: WebhookEndpoint | undefined): Promise<Delivery> {
    const at = o.clock();
    const now = at.toISOString();
    const base = { ...d, attempts: d.attempts + 1, lastAttemptAt: now };
    if (!endpoint)
      return {
        ...base,
        attempts: d.attempts,
        status: "failed",
        nextAttemptAt: null,
        error: "the endpoint was removed",
      };
    const payload = payloadOf(d.event);
    const r = await send(endpoint.url, signedHeaders(endpoint, d, at, payload), payload, o.policy);
    const { responseStatus: _s, responseExcerpt: _e, error: _r, ...rest } = base;
    const outcome = {
      ...rest,
      ...(r.status !== undefined ? { responseStatus: r.status } : {}),
      ...(r.excerpt ? { responseExcerpt: r.excerpt } : {}),
      ...(r.error !== undefined ? { error: r.error } : {}),
    };
    if (r.status !== undefined && r.status >= 200 && r.status < 300)
      return { ...outcome, status: "delivered", nextAttemptAt: null };
    const after = o.clock();
    if (after.toISOString() >= d.expiresAt) return { ...outcome, status: "failed", nextAttemptAt: null };
    // the last attempt is at the deadline itself
    const next = Math.min(after.getTime() + retryDelayMs(base.attempts, random()), Date.parse(d.expiresAt));
    return { ...outcome, status: "pending", nextAttemptAt: new Date(next).toISOString() };
  }

  /** One round: every due delivery attempted once. How many were attempted. */
  async function tick(): Promise<number> {
    const now = o.clock();
    const due = await o.store.claimDue(
      now.toISOString(),
      new Date(now.getTime() + leaseMs).toISOString(),
      batch,
    );
    const endpoints = new Map<string, Promise<WebhookEndpoint[]>>();
    const endpointOf = async (d: Delivery) => {
      let list = endpoints.get(d.organization);
      if (!list) {
        list = o.store.listEndpoints(d.organization);
        endpoints.set(d.organization, list);
      }
      return (await list).find((e) => e.id === d.endpointId);
    };
    await Promise.all(
      due.map(async (d) => {
        try {
          const next = await attempt(d, await endpointOf(d));
          await o.store.saveAttempt(next);
          if (next.status !== "delivered")
            o.logger?.warn(
              {
                deliveryId: d.id,
                endpointId: d.endpointId,
                status: next.responseStatus,
                error: next.error,
                next: next.status,
              },
              "webhook not delivered",
            );
        } catch (e) {
          // the lease runs out and another tick tries again
          o.logger?.error(
            { deliveryId: d.id, err: { message: (e as Error).message } },
            "webhook attempt failed",
          );
        }
      }),
    );
    return due.length;
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          // a full batch: there may be more due at once
          while ((await tick()) >= batch && !stopped) {}
        } catch (e) {
          o.logger?.error({ err: { message: (e as Error).message } }, "webhook worker tick failed");
        }
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
    return running;
  };

  return {
    tick,
    /** ticks every intervalMs (and at once on nudge) until stop() */
    start(intervalMs = 1000) {
      stopped = false;
      timer = setInterval(() => void run(), intervalMs);
      timer.unref();
      void run();
    },
    nudge() {
      if (!stopped && timer) void run();
    },
    /** Runs due work now and waits for it (tests). */
    drain: () => run(),
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}

export type WebhookWorker = ReturnType<typeof createWebhookWorker>;
