import type { Context } from "hono";
import type { Env } from "../context.js";
import type { WebhookPolicy } from "./address-guard.js";

/** What createApp is told about webhooks (server.ts reads it from the environment). */
export interface WebhookDeps {
  policy: WebhookPolicy;
  /** called after a write that made deliveries: the worker looks now rather than at its next tick */
  notify?: () => void;
}

/** Without settings nothing may be registered: no public delivery, no allow-listed host. */
const CLOSED: WebhookPolicy = { allowedHosts: [], publicDelivery: false };

export const webhookPolicyOf = (c: Context<Env>): WebhookPolicy => c.get("deps").webhooks?.policy ?? CLOSED;

/**
 * EVA_WEBHOOK_ALLOWED_HOSTS (comma-separated host names or IPs) and EVA_WEBHOOK_PUBLIC (true,
 * the default, or false: deliver to the allow-listed hosts only).
 */
export function webhookPolicyFromEnv(env: Record<string, string | undefined>): WebhookPolicy {
  const pub = env.EVA_WEBHOOK_PUBLIC?.trim().toLowerCase();
  if (pub !== undefined && pub !== "" && pub !== "true" && pub !== "false")
    throw new Error(`EVA_WEBHOOK_PUBLIC must be true or false: ${JSON.stringify(env.EVA_WEBHOOK_PUBLIC)}`);
  return {
    allowedHosts: (env.EVA_WEBHOOK_ALLOWED_HOSTS ?? "")
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean),
    publicDelivery: pub !== "false",
  };
}
