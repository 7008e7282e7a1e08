// Seeds N copies of an assessment into the PostgreSQL store for `pnpm bench:api:pg` in batched
// INSERT … SELECT FROM unnest(…) statements (1,000 rows each): 50,000 API calls would take
// longer than the benchmark itself. Rows and audit rows are as PostgresStore.putAssessment writes them.
import pg from "pg";
import { caseKeyOf } from "../src/store/filter.js";
import { type AssessmentRecord, inResidentView, makeEtag } from "../src/store/store.js";

export async function seedPostgresCopies(url: string, template: AssessmentRecord, n: number, prefix: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const t = template;
    const search = `${t.data.basics?.title ?? ""} ${t.data.basics?.caseRef?.caseId ?? ""}`.toLocaleLowerCase(
      "fi",
    );
    const approved = t.status === "approved" || t.approvedVersions.length > 0;
    const { audit, ...rest } = t;
    const record = JSON.stringify(rest);
    for (let start = 0; start < n; start += 1000) {
      const ids: string[] = [];
      const etags: string[] = [];
      for (let i = start; i < Math.min(n, start + 1000); i++) {
        ids.push(`${prefix}${i}`);
        etags.push(makeEtag("assessment", `${prefix}${i}`, t.revision));
      }
      // the record goes over the wire once per batch; PostgreSQL sets each row's id and etag
      await client.query("begin");
      await client.query(
        `insert into assessments (organization, id, etag, revision, status, case_key, idempotency_key, search, updated_at, approved, record, audit_count, resident_view)
         select $1, u.id, u.etag, $2, $3, $4, null, $5, $6, $7,
                jsonb_set(jsonb_set($8::jsonb, '{id}', to_jsonb(u.id)), '{etag}', to_jsonb(u.etag)), $11, $12
         from unnest($9::text[], $10::text[]) as u(id, etag)`,
        [
          t.organization,
          t.revision,
          t.status,
          caseKeyOf(t),
          search,
          t.updatedAt,
          approved,
          record,
          ids,
          etags,
          audit.length,
          inResidentView(t),
        ],
      );
      await client.query(
        `insert into audit_events (organization, assessment_id, seq, event)
         select $1, u.id, e.ord - 1, e.event
         from unnest($2::text[]) as u(id) cross join jsonb_array_elements($3::jsonb) with ordinality as e(event, ord)`,
        [t.organization, ids, JSON.stringify(audit)],
      );
      await client.query("commit");
    }
  } finally {
    await client.end();
  }
}
