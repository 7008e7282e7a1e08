import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateTextToIso, formatDate, isoToDateText } from "./dates.js";
import { eurosToText, formatEuros, textToEuros } from "./euros.js";
import { formatNumberText, parseNumberText } from "./number-text.js";
import { formatPercent, fractionToPercentText, percentTextToFraction } from "./percent.js";

const locales = ["fi", "sv", "en"] as const;
const localeArb = fc.constantFrom(...locales);
const centsArb = fc.integer({ min: -100_000_000_000, max: 100_000_000_000 }).map((c) => c / 100);

describe("numbers typed and shown in the user's language", () => {
  it("reads what officials type (issue 18: '420 000,50' typed in an en-US browser became 42000050)", () => {
    expect(parseNumberText("420 000,50", "fi")).toBe(420000.5);
    expect(parseNumberText("420 000,50", "sv")).toBe(420000.5);
    expect(parseNumberText("420 000,50", "en")).toBe(420000.5);
    expect(parseNumberText("420,000.50", "en")).toBe(420000.5);
    expect(parseNumberText("420\u00a0000,50", "fi")).toBe(420000.5);
    expect(parseNumberText("3,5", "fi")).toBe(3.5);
    expect(parseNumberText("3.5", "fi")).toBe(3.5);
    expect(parseNumberText("1.000", "fi")).toBe(1000);
    expect(parseNumberText("1,000", "en")).toBe(1000);
    expect(parseNumberText("\u2212180 000", "fi")).toBe(-180000);
    expect(parseNumberText("-0,5", "sv")).toBe(-0.5);
    expect(parseNumberText(",5", "fi")).toBe(0.5);
  });

  it("refuses what is not a number instead of guessing", () => {
    for (const text of ["", " ", "abc", "1,2,3", "1.2.3,4", "3,5,", "12 000 €x", "−", "1e5", "1,2.3"])
      expect(parseNumberText(text, "fi"), text).toBeNull();
    expect(parseNumberText("1.2.3", "en")).toBeNull();
  });

  it("parses back what it formats, with and without grouping, in fi, sv and en", () => {
    fc.assert(
      fc.property(centsArb, localeArb, fc.boolean(), (x, locale, grouping) => {
        const text = formatNumberText(x, locale, { grouping });
        expect(parseNumberText(text, locale)).toBe(x);
        // typed with ordinary spaces instead of Intl's non-breaking ones
        expect(parseNumberText(text.replace(/[\u00a0\u202f]/g, " "), locale)).toBe(x);
      }),
    );
  });
});

describe("euros", () => {
  it("shows whole euros without decimals and cents with two: 180 000 and 420 000,50", () => {
    expect(eurosToText(180000, "fi")).toBe("180\u00a0000");
    expect(eurosToText(420000.5, "fi")).toBe("420\u00a0000,50");
    expect(eurosToText(420000.5, "en")).toBe("420,000.50");
    expect(formatEuros(420000.5, "fi", true)).toBe("420\u00a0000,50\u00a0€");
    expect(textToEuros("420 000,50 €", "fi")).toBe(420000.5);
  });

  it("round-trips every amount in cents in every language", () => {
    fc.assert(
      fc.property(centsArb, localeArb, (x, locale) => {
        expect(textToEuros(eurosToText(x, locale), locale)).toBe(x);
      }),
    );
  });
});

describe("percentages of a stored fraction", () => {
  it("shows 0.035 as 3,5 (fi) and 3.5 (en), and reads '3,5 %' back as 0.035", () => {
    expect(fractionToPercentText(0.035, "fi")).toBe("3,5");
    expect(fractionToPercentText(0.07, "en")).toBe("7");
    expect(percentTextToFraction("3,5 %", "fi")).toBe(0.035);
    expect(percentTextToFraction("3.5%", "en")).toBe(0.035);
    expect(formatPercent(0.035, "fi")).toBe("3,5\u00a0%");
  });

  it("round-trips every rate with up to two decimals of a percent, both ways", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), localeArb, (basisPoints, locale) => {
        const fraction = basisPoints / 10_000;
        const text = fractionToPercentText(fraction, locale);
        expect(percentTextToFraction(text, locale)).toBe(fraction);
        expect(fractionToPercentText(percentTextToFraction(text, locale) ?? Number.NaN, locale)).toBe(text);
      }),
    );
  });
});

describe("dates", () => {
  it("are typed and shown day.month.year and stored as ISO 8601", () => {
    expect(isoToDateText("2026-03-01")).toBe("1.3.2026");
    expect(dateTextToIso("1.3.2026")).toBe("2026-03-01");
    expect(dateTextToIso("01.03.2026")).toBe("2026-03-01");
    expect(dateTextToIso("2026-03-01")).toBe("2026-03-01");
    expect(dateTextToIso("31.2.2026")).toBeNull();
    expect(dateTextToIso("1.3.26")).toBeNull();
    expect(formatDate("2026-03-01", "sv")).toBe("1.3.2026");
    expect(formatDate("2026-03-01", "en")).toBe("1 March 2026");
  });

  it("round-trips every calendar date", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01"), max: new Date("2150-12-31"), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(dateTextToIso(isoToDateText(iso))).toBe(iso);
        },
      ),
    );
  });
});
