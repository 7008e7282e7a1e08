import { localeTag } from "./number-text.js";

/** Euros without decimals in the page's language ("5 000 000 €"). */
export function euros(value: number, lang: string): string {
  return new Intl.NumberFormat(localeTag(lang), {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  }).format(value);
}

/** A share as a whole percent ("60 %"). */
export function percent(share: number, lang: string): string {
  return new Intl.NumberFormat(localeTag(lang), { style: "percent", maximumFractionDigits: 0 }).format(share);
}

/** A score gain with its sign ("+0,31"), on the evaluation's 0–1 score scale. */
export function gain(value: number, lang: string): string {
  return new Intl.NumberFormat(localeTag(lang), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: "exceptZero",
  }).format(value);
}
