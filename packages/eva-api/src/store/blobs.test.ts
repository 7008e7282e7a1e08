import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPostgres, type TestPostgres } from "../../../../scripts/test-postgres.js";
import { BlobCorruptError, type BlobStore, FileBlobStore, sha256Hex } from "./blobs.js";
import { PostgresStore } from "./postgres-store.js";

interface Subject {
  blobs: BlobStore;
  /** a new store on the same data, as after a restart (`blobs` is that one from then on) */
  reopen: () => Promise<BlobStore>;
  /** changes the stored bytes under `sha256` behind the store's back */
  damage: (sha256: string) => Promise<void>;
  cleanup: () => Promise<void>;
}

/** One contract for every blob store: what the frozen summaries rely on. */
function blobContract(name: string, open: () => Promise<Subject>) {
  describe(`blob store contract: ${name}`, () => {
    let s: Subject;
    beforeAll(async () => {
      s = await open();
    });
    afterAll(async () => {
      await s.cleanup();
    });

    it("stores bytes under their SHA-256 and gives the same bytes back, also after a restart", async () => {
      const bytes = Buffer.from("%PDF-1.7 approved summary ä € −");
      const ref = await s.blobs.put(bytes);
      expect(ref).toEqual({ sha256: sha256Hex(bytes), size: bytes.byteLength });
      expect((await s.blobs.get(ref.sha256))?.equals(bytes)).toBe(true);
      expect((await (await s.reopen()).get(ref.sha256))?.equals(bytes)).toBe(true);
    });

    it("stores the same bytes once, whatever order and how often (put is idempotent)", async () => {
      const bytes = new Uint8Array([0, 1, 2, 255]);
      const refs = await Promise.all([s.blobs.put(bytes), s.blobs.put(bytes), s.blobs.put(bytes.slice())]);
      expect(new Set(refs.map((r) => r.sha256)).size).toBe(1);
      expect((await s.blobs.get(refs[0]?.sha256 ?? ""))?.equals(Buffer.from(bytes))).toBe(true);
    });

    it("answers null for a hash it does not hold and for what is not a hash", async () => {
      expect(await s.blobs.get("0".repeat(64))).toBeNull();
      expect(await s.blobs.get("../../etc/passwd")).toBeNull();
      expect(await s.blobs.get("A".repeat(64))).toBeNull();
    });

    it("reports bytes that no longer match their hash instead of serving them (a flipped bit)", async () => {
      const ref = await s.blobs.put(Buffer.from("to be damaged"));
      await s.damage(ref.sha256);
      await expect(s.blobs.get(ref.sha256)).rejects.toBeInstanceOf(BlobCorruptError);
    });
  });
}

blobContract("files in the data directory (lowdb)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "eva-blobs-"));
  const blobs = new FileBlobStore(join(dir, "blobs"));
  return {
    blobs,
    reopen: async () => new FileBlobStore(join(dir, "blobs")),
    damage: async (sha256) => {
      const file = join(dir, "blobs", sha256.slice(0, 2), sha256);
      writeFileSync(file, Buffer.from("flipped"));
    },
    cleanup: async () => {
      // nothing but the blobs was written: no temp file is left behind
      const left = readdirSync(join(dir, "blobs"), { recursive: true }).map(String);
      expect(left.filter((f) => f.endsWith(".tmp"))).toEqual([]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
}, 60_000);
afterAll(() => server?.stop());

blobContract("PostgreSQL (summary_blobs, migration 4)", async () => {
  const name = `eva_blobs_${process.pid}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = server.url.replace(/\/postgres$/, `/${name}`);
  let store = await PostgresStore.open(url);
  return {
    // the store of the moment: reopen replaces it
    get blobs() {
      return store.blobStore();
    },
    reopen: async () => {
      await store.close();
      store = await PostgresStore.open(url);
      return store.blobStore();
    },
    damage: async (sha256) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query("update summary_blobs set bytes = $2 where sha256 = $1", [
        sha256,
        Buffer.from("flipped"),
      ]);
      await c.end();
    },
    cleanup: () => store.close(),
  };
});
