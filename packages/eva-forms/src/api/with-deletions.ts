const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Structural equality of JSON values (key order aside). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => sameJson(a[k], b[k]));
  }
  return false;
}

/**
 * The JSON Merge Patch (RFC 7396) that turns `saved` into `values`: what changed, `null` for every
 * key that `saved` has and `values` no longer has, and nothing for what is unchanged (so a save
 * sends only the edit, not the framework or the hundreds of ratings around it). Without the nulls
 * a merge patch can only add: a weight level switched from SWING to rank would keep its `points`
 * next to `order` on the server (and the strict schema would refuse it), and weights reset to the
 * strategy's defaults would stay. Arrays are replaced whole, as RFC 7396 says. Pure.
 */
export function withDeletions(saved: unknown, values: unknown): unknown {
  if (!isObject(saved) || !isObject(values)) return values;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || sameJson(saved[k], v)) continue;
    out[k] = withDeletions(saved[k], v);
  }
  for (const k of Object.keys(saved)) if (values[k] === undefined && saved[k] !== undefined) out[k] = null;
  return out;
}
