import type { Locale } from "eva-core";
import { localeTag } from "./locale.js";

/**
 * Dates as officials write them in Finland, in every language of the app: day.month.year
 * ("1.3.2026", as Suomi.fi's date input does); stored as ISO 8601 (IsoDateSchema).
 */
export function isoToDateText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])}.${Number(m[2])}.${m[1]}` : iso;
}

/** "1.3.2026", "01.03.2026", "1/3/2026" or "2026-03-01" → "2026-03-01"; null when it is no date. */
export function dateTextToIso(text: string): string | null {
  const s = text.trim();
  let y: number;
  let mo: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, mo, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A date to read: "1.3.2026" (fi, sv), "1 March 2026" (en). */
export function formatDate(iso: string, locale: Locale): string {
  if (locale !== "en") return isoToDateText(iso.slice(0, 10));
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime())
    ? iso
    : new Intl.DateTimeFormat(localeTag(locale), { dateStyle: "long", timeZone: "UTC" }).format(d);
}

/** A moment to read, in the browser's time zone: "1.3.2026 klo 11.00" (fi), "1.3.2026 kl. 11.00" (sv), "1 March 2026, 11:00" (en). */
export function formatDateTime(isoDateTime: string, locale: Locale): string {
  const d = new Date(isoDateTime);
  if (Number.isNaN(d.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(localeTag(locale), {
    dateStyle: locale === "en" ? "long" : "short",
    timeStyle: "short",
  }).format(d);
}

/** A time of day to read: "9.05" (fi, sv), "09:05" (en). */
export function formatTime(at: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTag(locale), { hour: "numeric", minute: "2-digit" }).format(at);
}
