import type { Locale } from "eva-core";

const tag = (locale: Locale) => (locale === "en" ? "en-GB" : `${locale}-FI`);

/** 0.6667 → "66,7 %" (fi), the way the weights are shown everywhere in the step. */
export const percent = (locale: Locale, x: number) =>
  new Intl.NumberFormat(tag(locale), {
    style: "percent",
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  }).format(x);

/** A ratio or consistency ratio with two decimals: 0.79 → "0,79" (fi). */
export const decimal = (locale: Locale, x: number) =>
  new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(x);
