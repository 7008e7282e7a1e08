import type { Locale } from "../schemas/common.js";

const tags: Record<Locale, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/**
 * Locale-aware number formatting for the summary ("0,62", "1 234 000 €"); no clock, no I/O. One
 * set per locale, made on first use: making the Intl formats cost more than a summary's numbers.
 */
export function formatters(locale: Locale): Formatters {
  let f = made.get(locale);
  if (!f) {
    f = makeFormatters(locale);
    made.set(locale, f);
  }
  return f;
}

type Formatters = ReturnType<typeof makeFormatters>;
const made = new Map<Locale, Formatters>();

function makeFormatters(locale: Locale) {
  const tag = tags[locale];
  const score = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const plain = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const euros = new Intl.NumberFormat(tag, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(tag, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: "always",
  });
  const day = new Intl.DateTimeFormat(tag, {
    timeZone: "UTC",
    day: "numeric",
    month: "numeric",
    year: "numeric",
  });
  return {
    score: (x: number) => score.format(x),
    number: (x: number) => plain.format(x),
    euros: (x: number) => euros.format(Math.round(x)),
    percent: (share: number) => percent.format(share * 100),
    signed: (x: number) => signed.format(x),
    /** an ISO date (YYYY-MM-DD) as the locale writes it, without reading any clock */
    date: (iso: string) => {
      const [y, m, d] = iso.split("-").map(Number);
      if (!y || !m || !d) return iso;
      return day.format(Date.UTC(y, m - 1, d));
    },
  };
}

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ""));
}

/** −3..+3 as signs: "−−−" … "+++", "0"; not assessed "?". */
export function ratingSymbol(r: number | null): string {
  if (r === null) return "?";
  if (r === 0) return "0";
  return (r > 0 ? "+" : "−").repeat(Math.min(3, Math.abs(r)));
}
