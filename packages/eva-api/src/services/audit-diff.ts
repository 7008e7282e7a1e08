import { createPatch } from "rfc6902";

/** Deep equality of JSON values; false when unsure (then rfc6902 decides). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.hasOwn(b, k) || !same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      return false;
  }
  return true;
}

/**
 * The JSON Patch (RFC 6902) from `before` to `after`, exactly as rfc6902's createPatch makes it.
 * rfc6902 diffs arrays with an edit-distance table even when they are equal, diffing element
 * pairs recursively: after a one-field autosave most of the assessment is unchanged, so equal
 * subtrees are answered with "no operations" first (that was about a tenth of a PATCH's CPU).
 */
export function auditPatch(before: unknown, after: unknown) {
  return createPatch(before, after, (a, b) => (same(a, b) ? [] : undefined));
}
