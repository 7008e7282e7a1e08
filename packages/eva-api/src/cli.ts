// eva-api command line: serve | export [--org X] | import [file] | check <dir> | recover <dir> <new dir>.
// The store comes from the same environment variables as the server (EVA_STORE, EVA_DATA_DIR,
// EVA_DATABASE_URL); check and recover take the embedded store's data directory as an argument.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { exportBackup, importBackup } from "./backup.js";
import { type BlobStore, FileBlobStore } from "./store/blobs.js";
import { LowdbStore } from "./store/lowdb-store.js";
import { PostgresStore } from "./store/postgres-store.js";
import { checkDataDir, recoverDataDir } from "./store/recover.js";
import type { Store } from "./store/store.js";

function openStore(env: NodeJS.ProcessEnv): Promise<Store> {
  return env.EVA_STORE === "postgres"
    ? PostgresStore.open(env.EVA_DATABASE_URL ?? env.DATABASE_URL ?? "postgres://localhost/eva")
    : LowdbStore.open(resolve(env.EVA_DATA_DIR ?? "./data"), {
        log: (m) => process.stderr.write(`${m}\n`),
      });
}

/** The approved summaries' files: the database's with PostgreSQL, else the data directory's (as the server). */
function blobsOf(store: Store, env: NodeJS.ProcessEnv): BlobStore {
  return store.blobStore?.() ?? new FileBlobStore(join(resolve(env.EVA_DATA_DIR ?? "./data"), "blobs"));
}

const [command = "serve", ...args] = process.argv.slice(2);
const usage = [
  "usage: eva-api serve",
  "       eva-api export [--org ORG] > backup.json",
  "       eva-api import [backup.json]",
  "       eva-api check <data dir>                  verify every file of the embedded store (exit 0: all good, 1: damaged)",
  "       eva-api recover <data dir> <new dir>      write a repaired copy and a report of what was lost",
].join("\n");

async function main(): Promise<void> {
  if (command === "serve") {
    // only here: check and recover need none of the server
    const { startServer } = await import("./server.js");
    const { url } = await startServer();
    process.stdout.write(`EVA is running at ${url}\n`);
    return;
  }
  if (command === "export") {
    const i = args.indexOf("--org");
    const org = i >= 0 ? args[i + 1] : undefined;
    const store = await openStore(process.env);
    try {
      process.stdout.write(
        `${JSON.stringify(await exportBackup(store, org, blobsOf(store, process.env)), null, 2)}\n`,
      );
    } finally {
      await store.close();
    }
    return;
  }
  if (command === "import") {
    const text = args[0] ? readFileSync(args[0], "utf8") : readFileSync(0, "utf8");
    const store = await openStore(process.env);
    try {
      let input: unknown;
      try {
        input = JSON.parse(text);
      } catch {
        throw new Error("The backup is not valid JSON.");
      }
      const r = await importBackup(store, input, blobsOf(store, process.env));
      process.stdout.write(`imported ${r.written} records, ${r.skipped} already there\n`);
    } finally {
      await store.close();
    }
    return;
  }
  if (command === "check" && args[0]) {
    const { ok, text } = checkDataDir(resolve(args[0]));
    process.stdout.write(`${text}\n`);
    process.exitCode = ok ? 0 : 1;
    return;
  }
  if (command === "recover" && args[0] && args[1]) {
    const { text } = await recoverDataDir(args[0], args[1]);
    process.stdout.write(`${text}\n`);
    return;
  }
  process.stderr.write(`${usage}\n`);
  process.exitCode = 2;
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
