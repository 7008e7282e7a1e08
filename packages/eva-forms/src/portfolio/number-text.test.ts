import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, parseNumber } from "./number-text.js";

describe("numbers typed in the page's language", () => {
  it.each([
    ["5 000 000", "fi", 5_000_000],
    ["4 500 000,50", "fi", 4_500_000.5],
    ["4500000.5", "fi", 4_500_000.5],
    ["5 000 000 €", "sv", 5_000_000],
    ["5,000,000.25", "en", 5_000_000.25],
    ["50 %", "fi", 50],
    ["\u202f1\u202f000", "fi", 1000],
  ])("reads %j in %s", (text, lang, value) => {
    expect(parseNumber(text, lang)).toBe(value);
  });

  it.each([
    ["", "fi"],
    ["abc", "fi"],
    ["-5", "fi"],
    ["1,2,3", "fi"],
    ["1e6", "en"],
  ])("refuses %j", (text, lang) => {
    expect(parseNumber(text, lang)).toBeNull();
  });

  it("shows Finnish grouping with spaces and an English one with commas", () => {
    expect(formatNumber(5_000_000, "fi").replace(/\s/g, " ")).toBe("5 000 000");
    expect(formatNumber(4_500_000.5, "en")).toBe("4,500,000.5");
  });

  it("round-trips: what a field shows reads back as the same value, in fi, sv and en", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }).chain((cents) => fc.constant(cents / 100)),
        fc.constantFrom("fi", "sv", "en"),
        (value, lang) => {
          expect(parseNumber(formatNumber(value, lang), lang)).toBe(value);
        },
      ),
      { numRuns: 300, seed: 26 },
    );
  });
});
