/** One changed leaf: where (path segments) and the value before and after (undefined = absent). */
export interface LeafChange {
  path: Array<string | number>;
  from: unknown;
  to: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
/** A form gives "" where the stored document has no value: to the user both are empty. */
const isEmpty = (v: unknown) => v === undefined || v === null || v === "";

/**
 * Every leaf that differs between two JSON documents. Objects and arrays are walked element by
 * element so the user reads "Perustiedot › Asian otsikko", not a whole section replaced.
 */
export function diffLeaves(a: unknown, b: unknown, path: Array<string | number> = []): LeafChange[] {
  if (Array.isArray(a) || Array.isArray(b)) {
    const xs = Array.isArray(a) ? a : [];
    const ys = Array.isArray(b) ? b : [];
    if (!Array.isArray(a) && a !== undefined) return [{ path, from: a, to: b }];
    if (!Array.isArray(b) && b !== undefined) return [{ path, from: a, to: b }];
    const n = Math.max(xs.length, ys.length);
    return Array.from({ length: n }, (_, i) => diffLeaves(xs[i], ys[i], [...path, i])).flat();
  }
  if (isObject(a) || isObject(b)) {
    if ((!isObject(a) && a !== undefined) || (!isObject(b) && b !== undefined))
      return [{ path, from: a, to: b }];
    const x = (a ?? {}) as Record<string, unknown>;
    const y = (b ?? {}) as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
    return keys.flatMap((k) => diffLeaves(x[k], y[k], [...path, k]));
  }
  return Object.is(a, b) || (isEmpty(a) && isEmpty(b)) ? [] : [{ path, from: a, to: b }];
}

/**
 * The JSON Merge Patch (RFC 7396) that turns `base` into `mine`, and nothing else: applied over a
 * newer server version it keeps the server's changes to fields the user did not touch. Arrays are
 * replaced whole (merge patch cannot address an element).
 */
export function mergePatchOf(base: unknown, mine: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const b = isObject(base) ? base : {};
  const m = isObject(mine) ? mine : {};
  for (const k of new Set([...Object.keys(b), ...Object.keys(m)])) {
    if (!(k in m)) {
      if (diffLeaves(b[k], undefined).length > 0) out[k] = null;
    } else if (isObject(m[k]) && isObject(b[k])) {
      const inner = mergePatchOf(b[k], m[k]);
      if (Object.keys(inner).length > 0) out[k] = inner;
    } else if (diffLeaves(b[k], m[k]).length > 0) out[k] = m[k];
  }
  return out;
}
