// Writes a brotli (.br) and a gzip (.gz) copy next to each compressible file of a built app, for
// eva-api's serveStatic to send to browsers that accept them: compressed once at build time at
// the highest levels (brotli 11, gzip 9), never per request. A copy that would not be smaller is
// not written. Run by the vite build (vite.config.ts), or by hand: node scripts/precompress.mjs <dir>
import { readdirSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

/** The file a finished build writes last (after its compressed copies); scripts/build-if-stale.mjs reads it. */
export const BUILT_MARK = ".built";

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

const COMPRESSIBLE = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".svg",
  ".json",
  ".txt",
  ".xml",
  ".webmanifest",
]);

/**
 * Compresses every compressible file under `dir` (recursively), on zlib's threads, in parallel.
 * @param {string} dir
 * @returns {Promise<Array<{ file: string, size: number, br: number | null, gz: number | null }>>} what was written (sizes in bytes; null = not smaller, not written)
 */
export function precompress(dir) {
  const files = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (COMPRESSIBLE.has(extname(entry.name))) files.push(path);
    }
  };
  walk(resolve(dir));
  return Promise.all(files.map(compressFile));
}

async function compressFile(file) {
  const data = await readFile(file);
  const [br, gz] = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gzipped(data, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  const keep = async (bytes, ext) => {
    if (bytes.length >= data.length) return null;
    await writeFile(file + ext, bytes);
    return bytes.length;
  };
  return { file, size: data.length, br: await keep(br, ".br"), gz: await keep(gz, ".gz") };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? "dist-app";
  const done = await precompress(dir);
  const sum = (k) => done.reduce((n, f) => n + (f[k] ?? f.size), 0);
  process.stdout.write(
    `precompressed ${done.length} files in ${dir}: ${sum("size")} bytes, brotli ${sum("br")}, gzip ${sum("gz")}\n`,
  );
}
