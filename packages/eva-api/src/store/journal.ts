import { constants } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { fsyncDir } from "./durable-file.js";
import { copyParts, lengthOfParts } from "./store.js";

/**
 * The lowdb store's write-ahead journal: `journal-<seq>.log` files in the data directory, one
 * entry per line, `EVA1 <crc32 hex> <byte length> <payload>\n`. Writers that arrive while a flush
 * is on the disk wait for the next one, so N concurrent writes cost one append and one fdatasync
 * (group commit) instead of N × (temp file, fsync, rename, fsync dir). An entry is acknowledged
 * only after the fdatasync that covers it. The file is opened with O_DSYNC where the platform has
 * it, so a write returns once its data is on the disk, as write + fdatasync do, in one system
 * call: a flush then takes one trip through libuv's threads instead of two. Each trip waits for
 * the main thread to pick up its result, behind whatever requests it is working on (about 5 ms
 * each under 50 busy connections), so the trips, not the disk, set how long a write waits.
 *
 * After kill -9 or a power cut the last entries may be missing, partial, or (blocks written out of
 * order) garbage: nothing after the fdatasync that acknowledged the last write counts, so the
 * reader stops at the first entry whose length or checksum does not match. A journal is never
 * appended to after such an entry: a failed write switches to a new file, and opening the store
 * checkpoints and deletes the old files before it writes.
 */

const MAGIC = "EVA1";
/** 0 where the platform has no O_DSYNC (then each flush ends with an fdatasync) */
const DSYNC = constants.O_DSYNC ?? 0;

export const journalName = (seq: number) => `journal-${String(seq).padStart(8, "0")}.log`;
export const journalSeq = (name: string): number | null => {
  const m = /^journal-(\d{8,})\.log$/.exec(name);
  return m ? Number(m[1]) : null;
};

/**
 * One entry's bytes. The payload may come in parts (text, or bytes already UTF-8 encoded, e.g. a
 * draft's JSON that the answer to the same write also carries), so nothing is encoded twice.
 */
export function frame(payload: string | ReadonlyArray<string | Uint8Array>): Buffer {
  const parts = typeof payload === "string" ? [payload] : payload;
  // one allocation: the header's width is known before the checksum (8 hex digits)
  const length = lengthOfParts(parts);
  const headLength = MAGIC.length + 1 + 8 + 1 + String(length).length + 1;
  // from Node's shared pool when small: nobody keeps a frame once it is written
  const out = Buffer.allocUnsafe(headLength + length + 1);
  copyParts(out, headLength, parts);
  const crc = crc32(out.subarray(headLength, headLength + length));
  out.write(`${MAGIC} ${crc.toString(16).padStart(8, "0")} ${length} `, 0, "latin1");
  out[headLength + length] = 0x0a;
  return out;
}

/** The payloads of the complete, intact entries at the start of `buf`, and where they end. */
export function readEntries(buf: Buffer): { payloads: string[]; validBytes: number } {
  const payloads: string[] = [];
  let at = 0;
  // the header is ASCII and short: "EVA1 " + 8 hex + " " + up to 16 digits + " "
  const header = /^EVA1 ([0-9a-f]{8}) (\d{1,16}) $/;
  while (at < buf.length) {
    const sp = buf.indexOf(0x20, at + 14);
    if (sp === -1 || sp - at > 31) break;
    const m = header.exec(buf.toString("latin1", at, sp + 1));
    if (!m) break;
    const length = Number(m[2]);
    const start = sp + 1;
    const end = start + length;
    if (end >= buf.length || buf[end] !== 0x0a) break;
    const body = buf.subarray(start, end);
    if (crc32(body) !== Number.parseInt(m[1] ?? "", 16)) break;
    payloads.push(body.toString("utf8"));
    at = end + 1;
  }
  return { payloads, validBytes: at };
}

interface Pending {
  bytes: Buffer;
  onDurable: (seq: number) => void;
  ok: () => void;
  fail: (e: unknown) => void;
}

/** The journal being written: appends are batched; `rotate` seals the file for a checkpoint. */
export class Journal {
  private queue: Pending[] = [];
  private rotations: Array<{ ok: (sealed: number) => void; fail: (e: unknown) => void }> = [];
  private running = false;
  private broken = false;
  private size = 0;
  private syncs = 0;

  private constructor(
    private readonly dir: string,
    private seq: number,
    private fd: FileHandle,
  ) {}

  /** Creates journal `seq` (it must not exist) and makes its name durable. */
  static async create(dir: string, seq: number): Promise<Journal> {
    return new Journal(dir, seq, await Journal.newFile(dir, seq));
  }

  private static async newFile(dir: string, seq: number): Promise<FileHandle> {
    // "wx", with O_DSYNC
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | DSYNC;
    const fd = await open(join(dir, journalName(seq)), flags);
    await fsyncDir(dir);
    return fd;
  }

  /** Bytes in the current file: the store checkpoints when this gets large. */
  get bytes(): number {
    return this.size;
  }

  /** flushes (each one write + fdatasync, or one O_DSYNC write) so far: with group commit, fewer than the writes */
  get flushes(): number {
    return this.syncs;
  }

  get currentSeq(): number {
    return this.seq;
  }

  /**
   * Appends one entry; resolves once it is on the disk. `onDurable` runs synchronously right
   * after the fdatasync, before any later rotation, so the caller's bookkeeping of which journal
   * holds what can never miss a checkpoint.
   */
  append(
    payload: string | ReadonlyArray<string | Uint8Array>,
    onDurable: (seq: number) => void,
  ): Promise<void> {
    return this.appendFrame(frame(payload), onDurable);
  }

  /** `append` of an entry already framed (frame()). */
  appendFrame(bytes: Buffer, onDurable: (seq: number) => void): Promise<void> {
    return new Promise<void>((ok, fail) => {
      this.queue.push({ bytes, onDurable, ok, fail });
      this.kick();
    });
  }

  /** Seals the current file after the flush in progress and starts the next; returns the sealed seq. */
  rotate(): Promise<number> {
    return new Promise<number>((ok, fail) => {
      this.rotations.push({ ok, fail });
      this.kick();
    });
  }

  private kick() {
    if (this.running) return;
    this.running = true;
    void this.loop().finally(() => {
      this.running = false;
      if (this.queue.length > 0 || this.rotations.length > 0) this.kick();
    });
  }

  private async loop() {
    while (this.queue.length > 0 || this.rotations.length > 0) {
      if (this.rotations.length > 0 || this.broken) {
        const waiting = this.rotations.splice(0);
        try {
          const sealed = this.seq;
          const next = await Journal.newFile(this.dir, sealed + 1);
          await this.fd.close().catch(() => undefined);
          this.fd = next;
          this.seq = sealed + 1;
          this.size = 0;
          this.broken = false;
          for (const w of waiting) w.ok(sealed);
        } catch (e) {
          for (const w of waiting) w.fail(e);
          for (const p of this.queue.splice(0)) p.fail(e);
          continue;
        }
      }
      const batch = this.queue.splice(0);
      if (batch.length === 0) continue;
      // one writev of the batch's entries as they are (no copy into one buffer)
      let pending = batch.map((p) => p.bytes);
      const length = pending.reduce((n, b) => n + b.byteLength, 0);
      try {
        while (pending.length > 0) {
          let written = (await this.fd.writev(pending)).bytesWritten;
          if (written === 0) throw new Error("The journal could not be written (0 bytes).");
          const rest: Buffer[] = [];
          for (const b of pending) {
            if (written >= b.byteLength) written -= b.byteLength;
            else {
              rest.push(written > 0 ? b.subarray(written) : b);
              written = 0;
            }
          }
          pending = rest;
        }
        if (DSYNC === 0) await this.fd.datasync();
        this.syncs++;
        this.size += length;
      } catch (e) {
        // the file may now end in a partial entry: never append behind it
        this.broken = true;
        for (const p of batch) p.fail(e);
        continue;
      }
      for (const p of batch) p.onDurable(this.seq);
      for (const p of batch) p.ok();
    }
  }

  /** Closes the file (after the writes already queued). */
  async close(): Promise<void> {
    while (this.running || this.queue.length > 0) await new Promise((ok) => setImmediate(ok));
    await this.fd.close();
  }
}
