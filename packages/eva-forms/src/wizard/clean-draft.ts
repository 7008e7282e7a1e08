const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Removes what was never entered: empty texts, unset values, and objects and lists left empty. */
function strip(v: unknown): unknown {
  if (typeof v === "string") return v === "" ? undefined : v;
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (v === null) return undefined;
  if (Array.isArray(v)) {
    // list items keep their places (a path such as ratings/3 names the same row in the form, in
    // the draft and on the server); only an item that was all empty text is left out of a list
    // of texts (an indicator line left blank)
    const items = v.map(strip);
    const out = items.every((x) => typeof x === "string" || x === undefined)
      ? items.filter((x) => x !== undefined)
      : items.map((x) => (x === undefined ? {} : x));
    return out.length > 0 ? out : undefined;
  }
  if (isObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const s = strip(x);
      if (s !== undefined) out[k] = s;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return v;
}

// a row that holds nothing but the ids that place it is not content (the wizard of issue 18 stored
// one such rating row per cell it showed); cash-flow tables without years and funding likewise
const idsOnly = (row: unknown, ids: string[]) =>
  isObject(row) && Object.keys(row).every((k) => ids.includes(k));

/**
 * The draft as entered: what the form holds without the parts nobody typed (empty texts, unset
 * selections, empty lists and objects, rating rows and cash-flow tables with nothing in them).
 * The same on load, before validation and before autosave, so a visit that types nothing sends
 * nothing, and a path means the same row everywhere. Pure; the input is not changed.
 */
export function cleanDraft(values: unknown): Record<string, unknown> {
  const v = (strip(structuredClone(values ?? {})) ?? {}) as Record<string, unknown>;
  if (Array.isArray(v.ratings)) {
    v.ratings = v.ratings.filter((r) => !idsOnly(r, ["alternativeId", "criterionId"]));
    if ((v.ratings as unknown[]).length === 0) delete v.ratings;
  }
  const economy = v.economy as Record<string, unknown> | undefined;
  if (economy && Array.isArray(economy.flows)) {
    economy.flows = economy.flows.filter((f) => !idsOnly(f, ["alternativeId"]));
    if ((economy.flows as unknown[]).length === 0) delete economy.flows;
    if (Object.keys(economy).length === 0) delete v.economy;
  }
  return v;
}
