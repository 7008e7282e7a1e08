import type pg from "pg";
import type { Delivery, WebhookEndpoint } from "../webhooks/events.js";
import type { WebhookStore } from "../webhooks/webhook-store.js";
import { PreconditionFailedError } from "./store.js";

/**
 * The webhook endpoints and deliveries in PostgreSQL (migration 5). The deliveries of a
 * transition's events are inserted by the statement that writes the assessment
 * (PostgresStore.putAssessment). Several instances share the work: claimDue takes due rows with
 * FOR UPDATE SKIP LOCKED and moves their next_attempt_at to the end of the lease in the same
 * statement, so another instance skips them until the attempt is saved or the lease runs out (an
 * instance that died mid-attempt).
 */
export class PostgresWebhookStore implements WebhookStore {
  constructor(private readonly pool: pg.Pool) {}

  async listEndpoints(organization: string) {
    const r = await this.pool.query<{ record: WebhookEndpoint }>(
      "select record from webhook_endpoints where organization = $1 order by record->>'createdAt', id",
      [organization],
    );
    return r.rows.map((x) => x.record);
  }

  async putEndpoint(e: WebhookEndpoint, expectedEtag: string | null) {
    const args = [e.organization, e.id, e.etag, e.events, JSON.stringify(e)];
    const res =
      expectedEtag === null
        ? await this.pool.query(
            "insert into webhook_endpoints (organization, id, etag, events, record) values ($1, $2, $3, $4, $5) on conflict do nothing",
            args,
          )
        : await this.pool.query(
            "update webhook_endpoints set etag = $3, events = $4, record = $5 where organization = $1 and id = $2 and etag = $6",
            [...args, expectedEtag],
          );
    if (res.rowCount !== 1) throw new PreconditionFailedError(`webhook ${e.id} has changed`);
    return structuredClone(e);
  }

  async deleteEndpoint(organization: string, id: string, expectedEtag: string) {
    const res = await this.pool.query(
      "delete from webhook_endpoints where organization = $1 and id = $2 and etag = $3",
      [organization, id, expectedEtag],
    );
    if (res.rowCount !== 1) throw new PreconditionFailedError(`webhook ${id} has changed`);
  }

  async listDeliveries(organization: string, endpointId: string, limit: number) {
    const r = await this.pool.query<{ record: Delivery }>(
      "select record from webhook_deliveries where organization = $1 and endpoint_id = $2 order by created_at desc, id desc limit $3",
      [organization, endpointId, limit],
    );
    return r.rows.map((x) => x.record);
  }

  async claimDue(now: string, until: string, limit: number) {
    const r = await this.pool.query<{ record: Delivery }>(
      `with due as (
         select id from webhook_deliveries where status = 'pending' and next_attempt_at <= $1
         order by next_attempt_at limit $3 for update skip locked)
       update webhook_deliveries d set next_attempt_at = $2
       from due where d.id = due.id returning d.record`,
      [now, until, limit],
    );
    return r.rows.map((x) => x.record);
  }

  async saveAttempt(d: Delivery) {
    await this.pool.query(
      "update webhook_deliveries set status = $2, next_attempt_at = $3, record = $4 where id = $1",
      [d.id, d.status, d.nextAttemptAt, JSON.stringify(d)],
    );
  }

  async retry(organization: string, endpointId: string, id: string, now: string) {
    const expiresAt = new Date(Date.parse(now) + 3 * 24 * 3600 * 1000).toISOString();
    const r = await this.pool.query<{ record: Delivery }>(
      `update webhook_deliveries set status = 'pending', next_attempt_at = $4,
         record = record || jsonb_build_object('status', 'pending', 'nextAttemptAt', $4::text, 'expiresAt', $5::text)
       where organization = $1 and endpoint_id = $2 and id = $3 returning record`,
      [organization, endpointId, id, now, expiresAt],
    );
    return r.rows[0]?.record ?? null;
  }
}
