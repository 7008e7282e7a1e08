/** −3..+3 with a real minus sign and a plus, as the wizard's scale shows them. */
export const signedRating = (v: unknown, t: (k: string) => string): string =>
  typeof v === "number" ? (v > 0 ? `+${v}` : String(v).replace("-", "−")) : v ? t("rating.notAssessed") : "–";
