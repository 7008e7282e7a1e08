import { mkdir, open, readFile, rename } from "node:fs/promises";
import { dirname } from "node:path";
import type { Adapter } from "lowdb";

/** fsync a directory so that a rename in it survives a crash or kill -9. */
export async function fsyncDir(dir: string): Promise<void> {
  const fd = await open(dir, "r");
  try {
    await fd.sync();
  } finally {
    await fd.close();
  }
}

let counter = 0;

/**
 * Replaces `file` with `text` atomically (temp file, fsync, rename). The rename itself is durable
 * only once the directory is fsynced: the journal's checkpoint does that once per directory.
 */
export async function writeFileSynced(file: string, text: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${++counter}.tmp`;
  const fd = await open(tmp, "w");
  try {
    await fd.writeFile(text);
    await fd.sync();
  } finally {
    await fd.close();
  }
  await rename(tmp, file);
}

/** Writes `text` to `file` atomically and durably: temp file, fsync, rename, fsync the directory. */
export async function writeFileDurable(file: string, text: string): Promise<void> {
  await writeFileSynced(file, text);
  await fsyncDir(dirname(file));
}

/**
 * A lowdb adapter for one JSON file that never leaves a half-written or lost write behind: lowdb's
 * own JSONFile renames atomically but does not fsync, so an acknowledged write could vanish in a
 * crash. `read` returns null for a missing file (lowdb's contract).
 */
export class DurableJSONFile<T> implements Adapter<T> {
  constructor(private readonly file: string) {}

  async read(): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.file, "utf8")) as T;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw e;
    }
  }

  async write(data: T): Promise<void> {
    await writeFileDurable(this.file, JSON.stringify(data));
  }
}
