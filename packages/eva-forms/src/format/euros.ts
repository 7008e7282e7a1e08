import type { Locale } from "eva-core";
import { localeTag } from "./locale.js";
import { formatNumberText, parseNumberText } from "./number-text.js";

/**
 * Euros in a field: "420 000,50" (fi, sv), "420,000.50" (en); whole euros without decimals
 * ("180 000"), cents always with two. Stored as a number of euros (EurosSchema).
 */
export function eurosToText(euros: number, locale: Locale): string {
  const cents = Math.round(euros * 100);
  const whole = cents % 100 === 0 && Math.abs(euros * 100 - cents) < 1e-6;
  return formatNumberText(euros, locale, whole ? { maxFraction: 0 } : { minFraction: 2, maxFraction: 2 });
}

/**
 * The euros typed in a field (any of the forms parseNumberText accepts, with or without "€"),
 * rounded to cents; null when it is not an amount.
 */
export function textToEuros(text: string, locale: Locale): number | null {
  const n = parseNumberText(text.replace(/€|eur(os?)?$/i, ""), locale);
  return n === null ? null : Math.round(n * 100) / 100;
}

/** Euros to read, with the sign: "420 000,50 €" (fi, sv), "€420,000.50" (en); whole euros by default. */
export function formatEuros(euros: number, locale: Locale, cents = false): string {
  return new Intl.NumberFormat(localeTag(locale), {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  }).format(euros);
}
