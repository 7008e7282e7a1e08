/**
 * The DOM id of the control that edits a value. Most controls carry their dot path as their id
 * ("basics.title"); a rating's controls are named by their cell (alternative × criterion), because
 * a cell has no row in `ratings` until it is first rated.
 */
export function ratingFieldId(alternativeId: string, criterionId: string, part: string): string {
  return `rating-${alternativeId}-${criterionId}-${part}`.replace(/[^A-Za-z0-9_.:-]/g, "_");
}

/** The control for a dot path of the draft (see ratingFieldId); parts without a control of their own go to their section. */
export function fieldIdOf(
  path: string,
  draft: { ratings?: Array<{ alternativeId?: string; criterionId?: string } | undefined> },
): string {
  const rating = /^ratings\.(\d+)(?:\.(\w+))?/.exec(path);
  if (rating) {
    const row = draft.ratings?.[Number(rating[1])];
    const part =
      rating[2] === "justification" ? "justification" : rating[2] === "confidence" ? "confidence" : "value";
    return ratingFieldId(row?.alternativeId ?? "", row?.criterionId ?? "", part);
  }
  if (/^basics\.caseRef/.test(path)) return "case-header";
  if (/^alternatives\.\d+\.baseline$/.test(path) || path === "alternatives") return "alternatives-baseline";
  if (/^weights(\.|$)/.test(path)) return "weights";
  if (/^screening\.answers\.\w+$/.test(path)) return path;
  if (/^conclusion\.followUp\.indicators/.test(path)) return "conclusion.followUp.indicators";
  if (path === "conclusion.followUp") return "conclusion.followUp.date";
  if (/^economy\.flows\.\d+\.rows\.\d+$/.test(path)) return `${path}.year`;
  return path;
}
