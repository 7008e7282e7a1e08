type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const isObject = (v: unknown): v is Record<string, Json> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Sets `out[k]` as an own data property; `out[k] = v` would set the prototype when k is "__proto__". */
function put(out: Record<string, Json>, k: string, v: Json) {
  if (k === "__proto__")
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  else out[k] = v;
}

/**
 * JSON Merge Patch (RFC 7396): objects merge key by key, null deletes, anything else replaces.
 * Keys are defined as own data properties, so "__proto__" in a body can never reach a prototype.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: Record<string, Json> = {};
  if (isObject(target)) for (const k of Object.keys(target)) put(out, k, target[k] as Json);
  for (const k of Object.keys(patch)) {
    const v = patch[k] as Json;
    if (v === null) delete out[k];
    else put(out, k, mergePatch(out[k], v) as Json);
  }
  return out;
}
