import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { precompress } from "./precompress.mjs";

// The build's compression step (issue 19, "Quick to load"): every script, style and page gets a
// brotli and a gzip copy that decompress to exactly the file; images and copies that would not be
// smaller are left alone.
let dir = "";
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("precompress", () => {
  it("writes .br and .gz next to each compressible file, byte for byte the same when decompressed", async () => {
    dir = mkdtempSync(join(tmpdir(), "eva-precompress-"));
    mkdirSync(join(dir, "assets"));
    const js = `export const text = ${JSON.stringify("Vaikutusten ennakkoarviointi. ".repeat(300))};\n`;
    const css = `body { font-family: system-ui; }\n${".x { color: #123456; }\n".repeat(100)}`;
    writeFileSync(join(dir, "assets/index-abc.js"), js);
    writeFileSync(join(dir, "assets/index-abc.css"), css);
    writeFileSync(join(dir, "index.html"), `<!doctype html><title>EVA</title>${"<p>EVA</p>".repeat(50)}`);
    writeFileSync(join(dir, "assets/logo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(join(dir, "tiny.txt"), "x");
    const done = await precompress(dir);
    for (const [file, text] of [
      ["assets/index-abc.js", js],
      ["assets/index-abc.css", css],
    ] as const) {
      const br = readFileSync(join(dir, `${file}.br`));
      const gz = readFileSync(join(dir, `${file}.gz`));
      expect(brotliDecompressSync(br).toString()).toBe(text);
      expect(gunzipSync(gz).toString()).toBe(text);
      expect(br.length).toBeLessThan(text.length / 5);
    }
    expect(existsSync(join(dir, "index.html.br"))).toBe(true);
    // not compressible (an image), or no smaller compressed (one byte)
    expect(existsSync(join(dir, "assets/logo.png.br"))).toBe(false);
    expect(existsSync(join(dir, "tiny.txt.br"))).toBe(false);
    expect(existsSync(join(dir, "tiny.txt.gz"))).toBe(false);
    expect(done.find((f) => f.file.endsWith("tiny.txt"))).toMatchObject({ size: 1, br: null, gz: null });
  });
});
