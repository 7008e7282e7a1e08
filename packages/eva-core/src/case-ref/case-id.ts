/**
 * diaarinumero: case ids are opaque strings. The normalised form is what lookups match on,
 * so "657/02.02.00/2023" and " 657 / 02.02.00/2023 " find the same case; the original is kept.
 * Normalisation: Unicode NFKC, trim, no whitespace around separators, runs of spaces → one,
 * upper case (ids are case-insensitive in every system we know).
 */
export function normalizeCaseId(caseId: string): string {
  return caseId
    .normalize("NFKC")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .trim()
    .replace(/\s*([/.\-:])\s*/g, "$1")
    .replace(/\s+/g, " ")
    .toUpperCase();
}

/** The id formats we recognise (the systems' own patterns); `null` = not recognised (still allowed). */
export type CaseIdPattern = "ahjo" | "tweb" | "dynasty" | "casem" | null;

const patterns: Array<[Exclude<CaseIdPattern, null>, RegExp]> = [
  // Ahjo (Helsinki): HEL-2025-001216
  ["ahjo", /^[A-ZÅÄÖ]{2,5}-\d{4}-\d{1,7}$/],
  // Tweb: TUUDno-2020-1780 (organisation + register prefix, year, running number)
  ["tweb", /^[A-ZÅÄÖ]{2,12}-\d{4}-\d{1,7}$/i],
  // Dynasty: 657/02.02.00/2023 (running number / tehtäväluokka / year)
  ["dynasty", /^\d{1,7}\/\d{2}(\.\d{2}){0,4}\/\d{4}$/],
  // CaseM and similar: OUKA/1499/12.00.02/2016 (organisation / number / class / year)
  ["casem", /^[A-ZÅÄÖ]{2,10}\/\d{1,7}\/\d{2}(\.\d{2}){0,4}\/\d{4}$/],
];

/** Tells which known pattern a case id follows, and the tehtäväluokka code when it carries one. */
export function recognizeCaseId(caseId: string): { pattern: CaseIdPattern; taskClass: string | null } {
  const id = normalizeCaseId(caseId);
  for (const [pattern, re] of patterns) {
    if (re.test(id)) {
      const taskClass = /\/(\d{2}(?:\.\d{2}){0,4})\//.exec(id)?.[1] ?? null;
      return { pattern, taskClass };
    }
  }
  return { pattern: null, taskClass: null };
}
