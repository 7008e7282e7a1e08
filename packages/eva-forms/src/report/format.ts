const locale = (lang: string) => (lang === "en" ? "en-GB" : `${lang}-FI`);

/** A rating-scale number with its sign (+1,5 / −0,5 / 0), as the board summary writes them. */
export function signed(v: number, lang: string, digits = 1): string {
  return new Intl.NumberFormat(locale(lang), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: "exceptZero",
  }).format(v);
}

/** A plain number with fixed decimals in the user's language. */
export function decimal(v: number, lang: string, digits = 2): string {
  return new Intl.NumberFormat(locale(lang), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(v);
}
