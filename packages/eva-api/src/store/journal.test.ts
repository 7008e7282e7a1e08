import { constants, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frame, Journal, journalName, readEntries } from "./journal.js";

const payloads = ['{"a":1}', '{"b":"ä \\n ö"}', `{"c":"${"x".repeat(3000)}"}`];
const whole = Buffer.concat(payloads.map(frame));

describe("journal entries", () => {
  it("reads back every intact entry", () => {
    expect(readEntries(whole)).toEqual({ payloads, validBytes: whole.length });
    expect(readEntries(Buffer.alloc(0))).toEqual({ payloads: [], validBytes: 0 });
  });

  it("ignores a torn last entry cut at any byte", () => {
    const before = frame(payloads[0] ?? "").length + frame(payloads[1] ?? "").length;
    for (let cut = before; cut < whole.length; cut++) {
      expect(readEntries(whole.subarray(0, cut))).toEqual({
        payloads: payloads.slice(0, 2),
        validBytes: before,
      });
    }
  });

  it("stops at an entry whose checksum or length does not match, and at garbage", () => {
    const first = frame(payloads[0] ?? "").length;
    const flipped = Buffer.from(whole);
    flipped[first + 30] = (flipped[first + 30] ?? 0) ^ 1; // inside the second payload
    expect(readEntries(flipped).payloads).toEqual(payloads.slice(0, 1));
    const zeros = Buffer.concat([frame("{}"), Buffer.alloc(512), frame('{"later":1}')]);
    expect(readEntries(zeros).payloads).toEqual(["{}"]);
    const longer = Buffer.from(whole.toString("latin1").replace(/^EVA1 (\w{8}) 7 /, "EVA1 $1 8 "), "latin1");
    expect(readEntries(longer).payloads).toEqual([]);
  });
});

describe("journal entries in parts", () => {
  it("frame the same bytes whether the payload comes whole or in parts, some already UTF-8", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: "grapheme" }), fc.boolean()), { maxLength: 6 }),
        (pieces) => {
          const whole = pieces.map(([text]) => text).join("");
          const parts = pieces.map(([text, encoded]) => (encoded ? new Uint8Array(Buffer.from(text)) : text));
          expect(frame(parts)).toEqual(frame(whole));
          expect(readEntries(frame(parts)).payloads).toEqual([whole]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("journal file", () => {
  it("batches concurrent appends into few fdatasyncs and writes them in order", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eva-journal-"));
    try {
      const j = await Journal.create(dir, 1);
      const durable: number[] = [];
      await Promise.all(
        Array.from({ length: 50 }, (_, i) => j.append(`{"i":${i}}`, (seq) => durable.push(seq * 1000 + i))),
      );
      // all 50 were queued before the first write finished: one flush for the first, one for the rest
      expect(j.flushes).toBeLessThanOrEqual(3);
      expect(durable).toEqual(Array.from({ length: 50 }, (_, i) => 1000 + i));
      const sealed = await j.rotate();
      expect(sealed).toBe(1);
      await j.append('{"after":true}', () => undefined);
      await j.close();
      expect(readdirSync(dir).sort()).toEqual([journalName(1), journalName(2)]);
      expect(readEntries(readFileSync(join(dir, journalName(1)))).payloads).toHaveLength(50);
      expect(readEntries(readFileSync(join(dir, journalName(2)))).payloads).toEqual(['{"after":true}']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Linux only: /proc/self/fdinfo shows the flags a file was opened with (elsewhere the journal
  // falls back to fdatasync after each write, which the test above covers)
  it.skipIf(process.platform !== "linux")(
    "opens each journal file with O_DSYNC, so a write is on the disk when it returns",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "eva-journal-"));
      try {
        const j = await Journal.create(dir, 1);
        const flagsOf = (name: string) => {
          const fd = readdirSync("/proc/self/fd").find((n) => {
            try {
              return readlinkSync(`/proc/self/fd/${n}`) === join(dir, name);
            } catch {
              return false; // closed meanwhile
            }
          });
          const m = /^flags:\s+([0-7]+)$/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, "utf8"));
          return Number.parseInt(m?.[1] ?? "0", 8);
        };
        expect(flagsOf(journalName(1)) & constants.O_DSYNC).toBe(constants.O_DSYNC);
        await j.rotate();
        expect(flagsOf(journalName(2)) & constants.O_DSYNC).toBe(constants.O_DSYNC);
        await j.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
