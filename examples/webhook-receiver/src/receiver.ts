import type { IncomingMessage, ServerResponse } from "node:http";
import { Webhook, WebhookVerificationError } from "standardwebhooks";

/** What EVA POSTs (the Standard Webhooks body; the event's id is the webhook-id header). */
export interface EvaEvent {
  type:
    | "assessment.submitted"
    | "assessment.approved"
    | "assessment.returned"
    | "assessment.reopened"
    | "follow_up.due";
  /** when it happened, ISO 8601 */
  timestamp: string;
  data: {
    organization: string;
    assessmentId: string;
    version: number;
    status: "draft" | "submitted" | "approved";
    caseRef: { system: string; caseId: string } | null;
    /** GET it (with your token) for the approved summary's attachment record */
    attachmentUrl: string;
  };
}

const MAX_BODY = 64 * 1024;

/**
 * A node:http handler for EVA's webhooks. Each request is verified with the endpoint's secret
 * (`whsec_…`, shown once when the endpoint was registered) by the standardwebhooks library:
 * signature and a timestamp within 5 minutes; anything else is 401. EVA sends an event at least
 * once and the same webhook-id on every retry, so a repeat is answered 204 without handling it
 * again (`seen`: keep it in your database in production). `onEvent` failing answers 500, and
 * EVA retries with backoff for 3 days. After a secret rotation EVA signs with both secrets for
 * 24 h: switch the receiver to the new one within that time.
 */
export function webhookHandler(
  secret: string,
  onEvent: (event: EvaEvent, webhookId: string) => Promise<void> | void,
  seen: Set<string> = new Set(),
) {
  const webhook = new Webhook(secret);
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "POST") {
      res.writeHead(405, { allow: "POST" }).end();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (d: Buffer) => {
      size += d.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(d);
    });
    req.on("end", async () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const headers = {
        "webhook-id": String(req.headers["webhook-id"] ?? ""),
        "webhook-timestamp": String(req.headers["webhook-timestamp"] ?? ""),
        "webhook-signature": String(req.headers["webhook-signature"] ?? ""),
      };
      let event: EvaEvent;
      try {
        event = webhook.verify(body, headers) as EvaEvent;
      } catch (e) {
        res.writeHead(e instanceof WebhookVerificationError ? 401 : 400).end();
        return;
      }
      const id = headers["webhook-id"];
      if (seen.has(id)) {
        res.writeHead(204).end();
        return;
      }
      try {
        await onEvent(event, id);
        seen.add(id);
        res.writeHead(204).end();
      } catch {
        res.writeHead(500).end();
      }
    });
  };
}
