import type { Delivery, WebhookEndpoint } from "./events.js";

/**
 * Where a store keeps the webhook endpoints and the deliveries (Store.webhooks()). The events
 * themselves are written by putAssessment (KnownParts.events), in the same durable write as the
 * transition: the store turns them into a pending delivery for each endpoint that takes them.
 * Writes are conditional on the endpoint's ETag (`null` = must not exist yet): PreconditionFailedError.
 */
export interface WebhookStore {
  listEndpoints(organization: string): Promise<WebhookEndpoint[]>;
  putEndpoint(endpoint: WebhookEndpoint, expectedEtag: string | null): Promise<WebhookEndpoint>;
  deleteEndpoint(organization: string, id: string, expectedEtag: string): Promise<void>;
  /** the endpoint's deliveries, newest first */
  listDeliveries(organization: string, endpointId: string, limit: number): Promise<Delivery[]>;
  /**
   * Up to `limit` pending deliveries due at `now`, each taken until `until`: no other caller (nor
   * another instance) gets it before then, so an event never goes out twice at the same time.
   */
  claimDue(now: string, until: string, limit: number): Promise<Delivery[]>;
  /** The delivery after an attempt (pending again with its next time, delivered or failed). */
  saveAttempt(delivery: Delivery): Promise<void>;
  /** Sends a delivery again now (pending, due `now`, retried for 3 more days); null if there is none. */
  retry(organization: string, endpointId: string, deliveryId: string, now: string): Promise<Delivery | null>;
}
