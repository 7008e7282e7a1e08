/**
 * What autosave sends: the form's values without the half-typed parts the draft schema would
 * refuse (a follow-up without a date, empty optional dates, empty lines in lists). Pure.
 */
export function cleanDraft(values: unknown): Record<string, unknown> {
  const v = structuredClone((values ?? {}) as Record<string, unknown>);
  const basics = v.basics as Record<string, unknown> | undefined;
  if (basics && !basics.deadline) delete basics.deadline;
  const conclusion = v.conclusion as
    | { followUp?: { date?: string; indicators?: string[] }; recommendedAlternativeId?: string }
    | undefined;
  if (conclusion?.followUp) {
    if (!conclusion.followUp.date) delete conclusion.followUp;
    else conclusion.followUp.indicators = (conclusion.followUp.indicators ?? []).filter((x) => x.trim());
  }
  if (conclusion && !conclusion.recommendedAlternativeId) delete conclusion.recommendedAlternativeId;
  const ratings = v.ratings as Array<Record<string, unknown>> | undefined;
  for (const r of ratings ?? []) {
    if (!r.confidence) delete r.confidence;
  }
  return v;
}
