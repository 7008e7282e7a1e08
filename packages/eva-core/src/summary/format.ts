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
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const list = new Intl.ListFormat(tag, { style: "long", type: "conjunction" });
  return {
    /** a 0..1 score as points 0–100, whole ("62") */
    points: (share: number) => whole.format(Math.round(share * 100)),
    /** a 0..1 weight as a percentage: whole from 10 % up, one decimal below ("12", "4,5") */
    weightPercent: (share: number) => (share * 100 >= 9.95 ? whole : oneDecimal).format(share * 100),
    /** "A, B ja C" / "A, B och C" / "A, B and C" */
    list: (items: readonly string[]) => list.format(items),
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

/**
 * Whole numbers for parts that add up to a whole (largest remainder): the parts' numbers shown in
 * a chart add up to the total shown, which rounding each alone would not promise. Parts ≥ 0.
 */
export function roundParts(parts: readonly number[], total: number): number[] {
  const floors = parts.map((p) => Math.floor(p));
  let left = Math.round(total) - floors.reduce((a, b) => a + b, 0);
  const order = parts
    .map((p, i) => ({ i, rest: p - Math.floor(p) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const o of order) {
    if (left <= 0) break;
    floors[o.i] = (floors[o.i] ?? 0) + 1;
    left -= 1;
  }
  return floors;
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
