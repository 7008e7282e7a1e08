import type { Context } from "hono";
import {
  type AssessmentRecord,
  bytesOf,
  type DraftBytes,
  jsonBeforeLast,
  jsonWithLast,
  type Store,
} from "../store/store.js";
import { assessmentViewHead } from "./views.js";

/**
 * The JSON of assessment views, UTF-8 encoded, by ETag: a GET of an unchanged assessment is
 * answered from here without copying the record out of the store, serialising and encoding it
 * again (most of a GET's CPU). The bytes live outside the JavaScript heap, so thousands of cached
 * views add nothing to the garbage collector's work. An entry is used only while the store reports the same ETag for the record (a new
 * revision always gets a new ETag), so it can never answer stale data. One cache per store, so
 * two apps never share entries; bounded by bytes, oldest entries go first.
 */
class ViewCache {
  private readonly entries = new Map<string, { etag: string; body: Uint8Array }>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string, etag: string): Uint8Array | undefined {
    const e = this.entries.get(key);
    return e && e.etag === etag ? e.body : undefined;
  }

  put(key: string, etag: string, body: Uint8Array) {
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.body.byteLength;
      this.entries.delete(key);
    }
    if (body.byteLength > this.maxBytes) return;
    this.entries.set(key, { etag, body });
    this.bytes += body.byteLength;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.body.byteLength;
    }
  }
}

/** 160 MiB: the views of about 8,000 typical assessments (20 KB each) */
const MAX_BYTES = 160 * 1024 * 1024;
const caches = new WeakMap<Store, ViewCache>();
const cacheOf = (store: Store) => {
  let cache = caches.get(store);
  if (!cache) {
    cache = new ViewCache(MAX_BYTES);
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
): Promise<{ etag: string; body: Uint8Array } | null> {
  const etag = await store.assessmentEtag?.(organization, id);
  if (!etag) return null;
  const body = cacheOf(store).get(keyOf(organization, id), etag);
  return body === undefined ? null : { etag, body };
}

const CLOSE = Buffer.from("}");

/** Keeps `body`, the view of revision `head.etag`, for the next GET (where the store can tell its ETag). */
function keepView(store: Store, head: Omit<AssessmentRecord, "data" | "audit">, body: Uint8Array) {
  if (store.assessmentEtag) cacheOf(store).put(keyOf(head.organization, head.id), head.etag, body);
  return body;
}

/**
 * The view's UTF-8 JSON from the record without its draft and the draft's JSON (text, or bytes
 * already encoded), in memory of its own.
 */
function viewOf(head: Omit<AssessmentRecord, "data" | "audit">, dataJson: string | Uint8Array | DraftBytes) {
  if (typeof dataJson === "string")
    return Buffer.from(jsonWithLast(assessmentViewHead(head), "assessment", dataJson));
  const before = Buffer.from(jsonBeforeLast(assessmentViewHead(head), "assessment"));
  // not `instanceof Uint8Array`: under jsdom (the wizard's tests) that is another realm's class
  const parts = "parts" in dataJson ? dataJson.parts : [dataJson];
  const length = "parts" in dataJson ? dataJson.length : dataJson.byteLength;
  return bytesOf([before, ...parts, CLOSE], before.byteLength + length + CLOSE.byteLength);
}

/** The view's UTF-8 JSON, kept for the next GET. */
const viewBytes = (
  store: Store,
  head: Omit<AssessmentRecord, "data" | "audit">,
  dataJson: string | Uint8Array | DraftBytes,
) => keepView(store, head, viewOf(head, dataJson));

/**
 * An autosave's answer, made before the write from the record it writes and its draft's bytes,
 * with the draft's part of it in one piece (DraftBytes), for the store to keep: the draft's
 * bytes are then copied once, not once for the store and again for the answer. `keep` caches the
 * answer for the next GET; call it only once the write has succeeded (a failed write's ETag may
 * be another writer's).
 */
export function answerWithDraft(record: AssessmentRecord, draft: DraftBytes) {
  const body = viewOf(record, draft);
  const at = body.byteLength - CLOSE.byteLength - draft.length;
  return {
    draft: { parts: [body.subarray(at, at + draft.length)], length: draft.length, sections: draft.sections },
    keep: (store: Store) => keepView(store, record, body),
  };
}

/**
 * The view built from the store's JSON without parsing or encoding the draft (for a store with
 * `getAssessmentParts`); null when there is no such assessment, or the store cannot.
 */
export async function storedAssessmentBody(
  store: Store,
  organization: string,
  id: string,
): Promise<{ etag: string; body: Uint8Array } | null> {
  const parts = await store.getAssessmentParts?.(organization, id);
  return parts ? { etag: parts.head.etag, body: viewBytes(store, parts.head, parts.dataJson) } : null;
}

/**
 * The view of a record as UTF-8 JSON. `dataJson`, when the caller has it, is JSON.stringify(r.data)
 * (or that text UTF-8 encoded, whole or in parts).
 */
export function assessmentBody(
  store: Store,
  r: AssessmentRecord,
  dataJson?: string | Uint8Array | DraftBytes,
): Uint8Array {
  return viewBytes(store, r, dataJson ?? JSON.stringify(r.data));
}

/** Answers UTF-8 JSON with the ETag header (the same response c.json would give). */
export function jsonText<S extends 200 | 201 = 200>(c: Context, etag: string, body: Uint8Array, status?: S) {
  c.header("ETag", etag);
  c.header("Content-Type", "application/json");
  // a view of the cached bytes: Hono's body types want an ArrayBuffer-backed array
  const bytes = new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength);
  // the text is the route's own view; `never` lets it fit the route's typed response
  return c.body(bytes, (status ?? 200) as S) as never;
}
