// `pnpm bench:api:static`: what a browser downloads to open the app: index.html and the scripts
// and styles it names, as sent to `Accept-Encoding: br, gzip` by a real server process serving
// the built wizard (packages/eva-forms/dist-app, built first when stale), counted on the wire
// (the bytes of each body as sent, before any decoding). The live-result worker, loaded only
// when the result panel first needs it, is counted apart. Prints figures; asserts nothing.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { startServerProcess } from "../test/server-process.js";

const forms = fileURLToPath(new URL("../../eva-forms/", import.meta.url));
execFileSync(process.execPath, [join(forms, "scripts/build-if-stale.mjs")], { stdio: "inherit" });

interface Sent {
  status: number;
  encoding: string;
  wire: number;
  body: Buffer;
}
function fetchRaw(url: string, encoding = "br, gzip"): Promise<Sent> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "accept-encoding": encoding, accept: "*/*" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const enc = String(res.headers["content-encoding"] ?? "identity");
        const body = enc === "br" ? brotliDecompressSync(raw) : enc === "gzip" ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, encoding: enc, wire: raw.length, body });
      });
    }).on("error", reject);
  });
}

const dir = mkdtempSync(join(tmpdir(), "eva-bench-static-"));
const server = await startServerProcess(dir, { EVA_STATIC_DIR: join(forms, "dist-app") });
try {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows: string[] = [];
  let wire = 0;
  let plain = 0;
  const count = async (path: string) => {
    const r = await fetchRaw(`${server.url}${path}`);
    if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
    wire += r.wire;
    plain += r.body.length;
    rows.push(
      `  ${path.padEnd(48)} ${r.encoding.padEnd(8)} ${kb(r.wire).padStart(9)} (of ${kb(r.body.length)})`,
    );
    return r.body.toString("utf8");
  };
  const html = await count("/");
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"/g)]
    .map((m) => m[1] as string)
    .filter((u) => u.startsWith("/") && /\.(?:js|css)$/.test(u));
  let worker = "";
  for (const ref of refs) worker += await count(ref);
  process.stdout.write(
    `index.html + its ${refs.length} scripts and styles, Accept-Encoding: br, gzip\n${rows.join("\n")}\n  total on the wire ${kb(wire)} = ${wire} bytes (${kb(plain)} = ${plain} bytes uncompressed)\n`,
  );
  // the worker's file, as the main script names it
  const name = /live-result\.worker-[\w-]+\.js/.exec(worker)?.[0];
  if (name) {
    wire = 0;
    plain = 0;
    rows.length = 0;
    await count(`/assets/${name}`);
    process.stdout.write(`the live-result worker, when it loads\n${rows.join("\n")}\n`);
  }
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
