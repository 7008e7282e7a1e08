// eva-api command line: serve | export [--org X] | import [file]. The store comes from the same
// environment variables as the server (EVA_STORE, EVA_DATA_DIR, EVA_DATABASE_URL).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { exportBackup, importBackup } from "./backup.js";
import { startServer } from "./server.js";
import { type BlobStore, FileBlobStore } from "./store/blobs.js";
import { LowdbStore } from "./store/lowdb-store.js";
import { PostgresStore } from "./store/postgres-store.js";
import type { Store } from "./store/store.js";

function openStore(env: NodeJS.ProcessEnv): Promise<Store> {
  return env.EVA_STORE === "postgres"
    ? PostgresStore.open(env.EVA_DATABASE_URL ?? env.DATABASE_URL ?? "postgres://localhost/eva")
    : LowdbStore.open(resolve(env.EVA_DATA_DIR ?? "./data"));
}

/** The approved summaries' files: the database's with PostgreSQL, else the data directory's (as the server). */
function blobsOf(store: Store, env: NodeJS.ProcessEnv): BlobStore {
  return store.blobStore?.() ?? new FileBlobStore(join(resolve(env.EVA_DATA_DIR ?? "./data"), "blobs"));
}

const [command = "serve", ...args] = process.argv.slice(2);
const usage =
  "usage: eva-api serve | eva-api export [--org ORG] > backup.json | eva-api import [backup.json]";

async function main(): Promise<void> {
  if (command === "serve") {
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
  process.stderr.write(`${usage}\n`);
  process.exitCode = 2;
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
