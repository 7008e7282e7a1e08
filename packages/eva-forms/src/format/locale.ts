import type { Locale } from "eva-core";

/**
 * The BCP 47 tag the app formats with: Finnish and Swedish as written in Finland (fi-FI, sv-FI:
 * "420 000,50", "1.3.2026"), English as in the UK ("420,000.50"), never the browser's own locale,
 * so that the page reads the same in every browser.
 */
export const localeTag = (locale: Locale | string): string =>
  locale === "en" ? "en-GB" : locale === "sv" ? "sv-FI" : "fi-FI";

export const asLocale = (lang: string): Locale => (lang === "sv" || lang === "en" ? lang : "fi");
