import { createHash } from "node:crypto";
import { mkdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type pg from "pg";
import { fsyncDir, writeFileSynced } from "./durable-file.js";

/** A stored file: its SHA-256 (hex) and size in bytes. */
export interface BlobRef {
  sha256: string;
  size: number;
}

/** What a store answers for bytes that no longer match their hash (a flipped bit, a torn copy). */
export class BlobCorruptError extends Error {
  override readonly name = "BlobCorruptError";
}

/**
 * Content-addressed storage of immutable files (the approved summaries' frozen bytes): a file is
 * named by its SHA-256, so storing the same bytes twice stores them once, and what is read is
 * checked against its name. `put` is durable when it resolves.
 */
export interface BlobStore {
  put(bytes: Uint8Array): Promise<BlobRef>;
  /** the bytes, or null when none are stored under the hash; BlobCorruptError when they do not match it */
  get(sha256: string): Promise<Buffer | null>;
}

export const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const HEX = /^[0-9a-f]{64}$/;

function verified(sha256: string, bytes: Buffer): Buffer {
  if (sha256Hex(bytes) !== sha256)
    throw new BlobCorruptError(`stored file ${sha256} does not match its SHA-256`);
  return bytes;
}

/**
 * Blobs as files in a directory (the lowdb store's data directory): `<dir>/<first two hex>/<sha256>`,
 * written atomically and durably (temp file, fsync, rename, fsync of the directory, and of the
 * parent when the two-letter directory is new).
 */
export class FileBlobStore implements BlobStore {
  constructor(readonly dir: string) {}

  private path(sha256: string) {
    return join(this.dir, sha256.slice(0, 2), sha256);
  }

  async put(bytes: Uint8Array): Promise<BlobRef> {
    const sha256 = sha256Hex(bytes);
    const file = this.path(sha256);
    const ref = { sha256, size: bytes.byteLength };
    // already there and whole: nothing to write (a damaged copy is replaced below)
    const existing = await stat(file).catch(() => null);
    if (existing?.size === bytes.byteLength && (await this.get(sha256).catch(() => null))) return ref;
    const sub = join(this.dir, sha256.slice(0, 2));
    const isNew = (await stat(sub).catch(() => null)) === null;
    await mkdir(sub, { recursive: true });
    await writeFileSynced(file, bytes);
    await fsyncDir(sub);
    if (isNew) await fsyncDir(this.dir);
    return ref;
  }

  async get(sha256: string): Promise<Buffer | null> {
    if (!HEX.test(sha256)) return null;
    try {
      return verified(sha256, await readFile(this.path(sha256)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw e;
    }
  }
}

/** Blobs in PostgreSQL: the summary_blobs table (migration 4), one row per SHA-256. */
export class PostgresBlobStore implements BlobStore {
  constructor(private readonly pool: pg.Pool) {}

  async put(bytes: Uint8Array): Promise<BlobRef> {
    const sha256 = sha256Hex(bytes);
    // a row with this hash holds these bytes (or is damaged, and get reports it): first write wins
    await this.pool.query(
      "insert into summary_blobs (sha256, size, bytes) values ($1, $2, $3) on conflict (sha256) do nothing",
      [sha256, bytes.byteLength, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)],
    );
    return { sha256, size: bytes.byteLength };
  }

  async get(sha256: string): Promise<Buffer | null> {
    if (!HEX.test(sha256)) return null;
    const r = await this.pool.query<{ bytes: Buffer }>("select bytes from summary_blobs where sha256 = $1", [
      sha256,
    ]);
    const row = r.rows[0];
    return row ? verified(sha256, row.bytes) : null;
  }
}
