import { summaryMessages } from "../i18n/summary-messages.js";
import type { Locale } from "../schemas/common.js";
import type { Summary } from "../schemas/summary.js";
import { ratingSymbol } from "./format.js";

/** One cell of the impact matrix (vaikutusmatriisi), as the summary and the case page show it. */
export type MatrixCell = Summary["matrix"][number]["cells"][number];

/**
 * An alternative's rating on a criterion as a matrix cell: its sign (−−− … +++, 0), "?" after it
 * when the preparer's confidence is low, "not assessed" when there is no number, and its tone for
 * the colour (colour and sign together, never colour alone). The board summary's matrix and the
 * case page's read-only matrix are made of these cells.
 */
export function matrixCell(
  alternativeId: string,
  r: { value?: number | "not-assessed" | undefined; confidence?: string | undefined } | undefined,
  locale: Locale,
): MatrixCell {
  const m = summaryMessages[locale];
  const rating = typeof r?.value === "number" ? r.value : null;
  const uncertain = rating !== null && r?.confidence === "low";
  const symbol = ratingSymbol(rating);
  const text = rating === null ? m["label.notAssessed"] : `${symbol}${uncertain ? "?" : ""}`;
  const description =
    rating === null ? m["label.notAssessed"] : uncertain ? `${symbol} (${m["label.uncertain"]})` : symbol;
  const tone: MatrixCell["tone"] =
    rating === null ? "none" : rating > 0 ? "positive" : rating < 0 ? "negative" : "zero";
  return { alternativeId, rating, symbol, uncertainty: uncertain ? "?" : "", text, tone, description };
}
