import { mkdir, open, rename, unlink } from "node:fs/promises";
import { dirname } from "node:path";

/** fsync a directory so that a rename or a new entry in it survives a crash or kill -9. */
export async function fsyncDir(dir: string): Promise<void> {
  const fd = await open(dir, "r");
  try {
    await fd.sync();
  } finally {
    await fd.close();
  }
}

let counter = 0;

/** A temp file's name next to `file`: `<file>.<pid>.<n>.tmp` (one that is left over was never renamed). */
export const tempOf = (file: string) => `${file}.${process.pid}.${++counter}.tmp`;
export const isTemp = (name: string) => /\.\d+\.\d+\.tmp$/.test(name);

/**
 * Replaces `file` with `bytes` atomically: a temp file, fsync, rename over `file`. A crash at any
 * moment leaves either the old file or the new one, never a mix, and at worst a temp file that was
 * never renamed (no write that was acknowledged). The rename itself is durable only once the
 * directory is fsynced (writeFileDurable; the blob store fsyncs its directories itself).
 */
export async function writeFileSynced(file: string, bytes: string | Uint8Array): Promise<void> {
  const tmp = tempOf(file);
  try {
    const fd = await open(tmp, "wx");
    try {
      await fd.writeFile(bytes);
      await fd.sync();
    } finally {
      await fd.close();
    }
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/** writeFileSynced, then an fsync of the directory: durable when it resolves. */
export async function writeFileDurable(file: string, bytes: string | Uint8Array): Promise<void> {
  await writeFileSynced(file, bytes);
  await fsyncDir(dirname(file));
}

/**
 * Creates `dir` (and its parents) if missing, each new entry made durable by an fsync of the
 * directory holding it.
 */
export async function mkdirDurable(dir: string): Promise<void> {
  const first = await mkdir(dir, { recursive: true });
  if (first === undefined) return;
  for (let d = dir; ; d = dirname(d)) {
    await fsyncDir(dirname(d));
    if (d === first || dirname(d) === d) break;
  }
}
