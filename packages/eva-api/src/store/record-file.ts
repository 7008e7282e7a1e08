import { createHash } from "node:crypto";
import { z } from "zod";
import { type Delivery, DeliverySchema } from "../webhooks/events.js";

/**
 * One record file of the embedded store: JSON, so `jq .body.record` shows the record, with a
 * SHA-256 of the body's bytes:
 *
 *   {"eva":"record","version":2,"sha256":"<64 lowercase hex>","body":{"record":{…}}}
 *
 * Every byte is covered: the header and the closing brace must be exactly these, the body must
 * hash to the checksum. So a flipped bit or a cut anywhere makes the file fail `verifyRecordFile`,
 * never read as something else. The body is an object so that what must be written in the same
 * atomic write as the record sits beside it: an assessment's webhook outbox, the deliveries of the
 * events its transitions caused that are still pending (`"outbox":[…]`, issue 22).
 */
const HEAD = Buffer.from('{"eva":"record","version":2,"sha256":"');
const HEX = 64;
const MID = Buffer.from('","body":');
const TAIL = Buffer.from("}");
const BODY_AT = HEAD.length + HEX + MID.length;

/** What a record file's body holds. */
export interface RecordBody {
  record: unknown;
  outbox?: Delivery[];
}

/** The body of a record's file: `{"record":…}` as UTF-8. */
export const recordBody = (record: unknown) => Buffer.from(`{"record":${JSON.stringify(record)}}`);

/** The file's bytes for `body`: its JSON, as UTF-8 bytes or text, in parts. */
export function encodeRecordFile(body: ReadonlyArray<string | Uint8Array>): Buffer {
  const parts = body.map((p) => (typeof p === "string" ? Buffer.from(p) : p));
  const hash = createHash("sha256");
  for (const p of parts) hash.update(p);
  return Buffer.concat([HEAD, Buffer.from(hash.digest("hex"), "latin1"), MID, ...parts, TAIL]);
}

/** A record file that does not verify: why, and from which byte on where that is known. */
export interface FileDamage {
  reason: string;
  offset?: number;
}

/** The bytes of `bytes` from `at` that differ from `expected`, or where `bytes` ends before it does. */
function mismatch(bytes: Buffer, at: number, expected: Buffer): number | null {
  for (let i = 0; i < expected.length; i++) {
    if (at + i >= bytes.length || bytes[at + i] !== expected[i]) return at + i;
  }
  return null;
}

/**
 * The body of a record file (its bytes, UTF-8 JSON, a view of `bytes`) if the file is whole and
 * unchanged, or what is wrong with it.
 */
export function verifyRecordFile(bytes: Buffer): { body: Buffer } | { damage: FileDamage } {
  const cut = (offset: number) => ({
    damage: { reason: `it ends at byte ${offset}, inside its header: cut short`, offset },
  });
  const head = mismatch(bytes, 0, HEAD);
  if (head !== null)
    return head >= bytes.length
      ? cut(bytes.length)
      : { damage: { reason: `its header is not a record file's at byte ${head}`, offset: head } };
  for (let i = HEAD.length; i < HEAD.length + HEX; i++) {
    const c = bytes[i];
    if (c === undefined) return cut(bytes.length);
    // lowercase only, as written: any change to the checksum's text is damage too
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66)))
      return { damage: { reason: `its checksum has a character that is not hex at byte ${i}`, offset: i } };
  }
  const mid = mismatch(bytes, HEAD.length + HEX, MID);
  if (mid !== null)
    return mid >= bytes.length
      ? cut(bytes.length)
      : { damage: { reason: `its header is not a record file's at byte ${mid}`, offset: mid } };
  if (bytes.length < BODY_AT + TAIL.length || bytes[bytes.length - 1] !== TAIL[0])
    return {
      damage: {
        reason: `it does not end as a record file does (${bytes.length} bytes): cut short or changed at the end`,
        offset: Math.max(BODY_AT, bytes.length - 1),
      },
    };
  const body = bytes.subarray(BODY_AT, bytes.length - TAIL.length);
  const stored = bytes.toString("latin1", HEAD.length, HEAD.length + HEX);
  const actual = createHash("sha256").update(body).digest("hex");
  if (stored !== actual)
    return {
      damage: {
        reason: `its content (bytes ${BODY_AT}–${bytes.length - TAIL.length}) does not match its SHA-256 checksum: changed or cut after it was written`,
        offset: BODY_AT,
      },
    };
  return { body };
}

/** The body's identity, as far as the store relies on it (a record's JSON is the store's own). */
const BodySchema = z.object({
  record: z.looseObject({
    organization: z.string().min(1),
    etag: z.string().min(1),
    id: z.string().optional(),
  }),
  outbox: z.array(DeliverySchema).optional(),
});

/** The parsed body of a verified file, or a reason it is not a record the store can hold. */
export function parseRecordBody(body: Buffer):
  | {
      value: {
        record: Record<string, unknown> & { organization: string; etag: string; id?: string };
        outbox?: Delivery[];
      };
    }
  | {
      damage: FileDamage;
    } {
  let json: unknown;
  try {
    json = JSON.parse(body.toString("utf8"));
  } catch (e) {
    return { damage: { reason: `its content is not JSON (${(e as Error).message})` } };
  }
  const r = BodySchema.safeParse(json);
  if (!r.success)
    return {
      damage: {
        reason: `its content is not a record (${r.error.issues.map((i) => i.path.join("/")).join(", ")})`,
      },
    };
  return { value: r.data };
}
