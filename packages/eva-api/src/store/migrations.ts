/**
 * Numbered migrations of the PostgreSQL store, run in order on open (each in its own transaction,
 * recorded in eva_migrations). Append only: a released migration is never edited.
 */
export const migrations: Array<{ id: number; name: string; sql: string }> = [
  {
    id: 1,
    name: "initial tables",
    sql: `
create table assessments (
  organization text not null,
  id text not null,
  etag text not null,
  revision integer not null,
  status text not null,
  case_key text,
  idempotency_key text,
  search text not null default '',
  updated_at text not null,
  approved boolean not null default false,
  record jsonb not null,
  primary key (organization, id)
);
create index assessments_case on assessments (organization, case_key);
create index assessments_status on assessments (organization, status);
create index assessments_order on assessments (organization, updated_at desc, id desc);
create unique index assessments_idempotency on assessments (organization, idempotency_key) where idempotency_key is not null;
create table audit_events (
  organization text not null,
  assessment_id text not null,
  seq integer not null,
  event jsonb not null,
  primary key (organization, assessment_id, seq)
);
create table strategies (organization text not null, id text not null, etag text not null, record jsonb not null, primary key (organization, id));
create table frameworks (organization text primary key, etag text not null, record jsonb not null);
`,
  },
  {
    id: 2,
    name: "audit trail only in audit_events",
    // the record's JSONB no longer holds the trail, so a save does not rewrite (and send) the
    // whole trail again; audit_count lets an autosave append its events without counting them.
    // The record's trail was the one the API answered with: any of its events audit_events
    // lacks are added first (existing audit rows are never changed or deleted)
    sql: `
alter table assessments add column audit_count integer not null default 0;
insert into audit_events (organization, assessment_id, seq, event)
  select a.organization, a.id, t.ord - 1, t.e
  from assessments a, jsonb_array_elements(coalesce(a.record->'audit', '[]'::jsonb)) with ordinality as t(e, ord)
  on conflict (organization, assessment_id, seq) do nothing;
update assessments a set record = a.record - 'audit', audit_count = (
  select coalesce(max(e.seq) + 1, 0) from audit_events e where e.organization = a.organization and e.assessment_id = a.id
);
`,
  },
  {
    id: 3,
    name: "the public view's lookups",
    // the public view finds an approved assessment by its id alone, without its organization, and
    // lists those in the resident view (store.ts inResidentView: the latest approved version is
    // public and marked for it), set here for the records already stored
    sql: `
create index assessments_approved_id on assessments (id, organization) where approved;
alter table assessments add column resident_view boolean not null default false;
update assessments set resident_view = coalesce(
  record->'approvedVersions'->-1->'data'->'basics'->'publicity'->>'class' = 'public'
  and record->'approvedVersions'->-1->'data'->'basics'->'publicity'->'showInResidentView' = 'true'::jsonb,
  false);
create index assessments_resident_view on assessments (organization, id) where resident_view;
`,
  },
  {
    id: 4,
    name: "the approved summaries' frozen files",
    // content-addressed (store/blobs.ts): an approved version's summaries in every language and
    // format, named by their SHA-256; the record's approved version names them
    sql: `
create table summary_blobs (sha256 text primary key, size integer not null, bytes bytea not null);
`,
  },
  {
    id: 5,
    name: "webhook endpoints and their deliveries (the outbox)",
    // a transition's events become rows of webhook_deliveries in the statement that writes the
    // assessment (postgres-store.ts putAssessment); workers take due rows with FOR UPDATE SKIP
    // LOCKED. Times are ISO 8601 text in UTC, which sorts as time
    sql: `
create table webhook_endpoints (
  organization text not null,
  id text not null,
  etag text not null,
  events text[] not null,
  record jsonb not null,
  primary key (organization, id)
);
create table webhook_deliveries (
  id text primary key,
  organization text not null,
  endpoint_id text not null,
  status text not null,
  created_at text not null,
  next_attempt_at text,
  record jsonb not null
);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';
create index webhook_deliveries_endpoint on webhook_deliveries (organization, endpoint_id, created_at desc);
`,
  },
];
