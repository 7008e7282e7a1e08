type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const isObject = (v: unknown): v is Record<string, Json> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * JSON Merge Patch (RFC 7396): objects merge key by key, null deletes, anything else replaces.
 * Keys are defined as own data properties, so "__proto__" in a body can never reach a prototype.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: Record<string, Json> = {};
  if (isObject(target)) {
    for (const [k, v] of Object.entries(target))
      Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else
      Object.defineProperty(out, k, {
        value: mergePatch(out[k], v) as Json,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}
