import type { Locale } from "eva-core";
import { localeTag } from "./locale.js";
import { formatNumberText, parseNumberText } from "./number-text.js";

// fractions are stored (0.035), percentages shown and typed (3,5 %); the product of a decimal
// fraction and 100 is not exact in binary (0.07 × 100 = 7.000000000000001), so both ways round
// to 12 significant digits, far below what anyone types
const clean = (x: number) => Number(x.toPrecision(12));

/** A fraction as the percentage a field shows: 0.035 → "3,5" (fi, sv), "3.5" (en). */
export function fractionToPercentText(fraction: number, locale: Locale): string {
  return formatNumberText(clean(fraction * 100), locale, { grouping: false });
}

/** A typed percentage ("3,5", "3.5 %") as a fraction: 0.035; null when it is not a number. */
export function percentTextToFraction(text: string, locale: Locale): number | null {
  const n = parseNumberText(text.replace(/%$/, "").trim(), locale);
  return n === null ? null : clean(n / 100);
}

/** A fraction to read: 0.035 → "3,5 %" (fi, sv), "3.5%" (en). */
export function formatPercent(fraction: number, locale: Locale, maxFraction = 2): string {
  return new Intl.NumberFormat(localeTag(locale), {
    style: "percent",
    maximumFractionDigits: maxFraction,
  }).format(fraction);
}
