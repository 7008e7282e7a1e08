const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The values to send as a JSON Merge Patch (RFC 7396) over `saved`, with `null` for every key
 * that `saved` has and `values` no longer has. Without it a merge patch can only add: a weight
 * level switched from SWING to rank would keep its `points` next to `order` on the server (and
 * the strict schema would refuse it), and weights reset to the strategy's defaults would stay. Pure.
 */
export function withDeletions(saved: unknown, values: unknown): unknown {
  if (!isObject(saved) || !isObject(values)) return values;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out[k] = withDeletions(saved[k], v);
  for (const k of Object.keys(saved)) if (values[k] === undefined) out[k] = null;
  return out;
}
