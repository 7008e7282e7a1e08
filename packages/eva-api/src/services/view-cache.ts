import type { Context } from "hono";
import type { AssessmentRecord, Store } from "../store/store.js";
import { assessmentView } from "./views.js";

/**
 * The JSON text of assessment views, by ETag: a GET of an unchanged assessment is answered from
 * here without copying the record out of the store and serialising it again (most of a GET's
 * CPU). An entry is used only while the store reports the same ETag for the record (a new
 * revision always gets a new ETag), so it can never answer stale data. One cache per store, so
 * two apps never share entries; bounded by bytes, oldest entries go first.
 */
class ViewCache {
  private readonly entries = new Map<string, { etag: string; body: string }>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string, etag: string): string | undefined {
    const e = this.entries.get(key);
    return e && e.etag === etag ? e.body : undefined;
  }

  put(key: string, etag: string, body: string) {
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.body.length;
      this.entries.delete(key);
    }
    if (body.length > this.maxBytes) return;
    this.entries.set(key, { etag, body });
    this.bytes += body.length;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.body.length;
    }
  }
}

/** 128 Mi UTF-16 code units: about the views of 5,000 typical assessments */
const MAX_CHARS = 128 * 1024 * 1024;
const caches = new WeakMap<Store, ViewCache>();
const cacheOf = (store: Store) => {
  let cache = caches.get(store);
  if (!cache) {
    cache = new ViewCache(MAX_CHARS);
    caches.set(store, cache);
  }
  return cache;
};
const keyOf = (organization: string, id: string) => `${organization}\u0000${id}`;

/** The cached view of an assessment, when the store can tell cheaply that it is still current. */
export async function cachedAssessmentBody(
  store: Store,
  organization: string,
  id: string,
): Promise<{ etag: string; body: string } | null> {
  const etag = await store.assessmentEtag?.(organization, id);
  if (!etag) return null;
  const body = cacheOf(store).get(keyOf(organization, id), etag);
  return body === undefined ? null : { etag, body };
}

/** The view of a record as JSON text, kept for the next GET. */
export function assessmentBody(store: Store, r: AssessmentRecord): string {
  const body = JSON.stringify(assessmentView(r));
  if (store.assessmentEtag) cacheOf(store).put(keyOf(r.organization, r.id), r.etag, body);
  return body;
}

/** Answers JSON text with the ETag header (the same response c.json would give). */
export function jsonText<S extends 200 | 201 = 200>(c: Context, etag: string, body: string, status?: S) {
  c.header("ETag", etag);
  c.header("Content-Type", "application/json");
  // the text is the route's own view; `never` lets it fit the route's typed response
  return c.body(body, (status ?? 200) as S) as never;
}
