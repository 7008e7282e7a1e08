import type { Locale } from "../locale.js";

/**
 * How deep a request's JSON may nest (objects and arrays alike). The deepest body the API takes is
 * `POST /v1/evaluate`'s `{ assessment, strategy }` at 8 levels (a strategy is 7, an assessment
 * 6), so 32 leaves room and still keeps every recursive walk over a body (the merge patch, the
 * audit diff, zod) far from the stack's end: a 1 MiB body could otherwise nest 500,000 deep.
 * Documented in docs/api.md.
 */
export const MAX_JSON_DEPTH = 32;

export const tooDeepMessage: Record<Locale, string> = {
  fi: `JSON-rakenne saa olla enintään ${MAX_JSON_DEPTH} tasoa syvä.`,
  sv: `JSON får vara kapslad högst ${MAX_JSON_DEPTH} nivåer djupt.`,
  en: `JSON may be nested at most ${MAX_JSON_DEPTH} levels deep.`,
};

interface Frame {
  array: boolean;
  /** the index (array) or key (object) of the member being read */
  at: number | string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

/** A key's text as JSON decodes it (escapes and all); as written when it is not valid JSON. */
function keyOf(token: string): string {
  try {
    return JSON.parse(token) as string;
  } catch {
    return token.slice(1, -1);
  }
}

const pointerSegment = (s: string | number) => String(s).replaceAll("~", "~0").replaceAll("/", "~1");

/**
 * The JSON Pointer of the first object or array in `text` that lies deeper than `max` levels,
 * or null when none does. One pass over the text without parsing it and without recursion, so it
 * is safe on any input; brackets inside strings do not count. On text that is not JSON it answers
 * something and never throws (JSON.parse reports the syntax afterwards).
 */
export function tooDeepAt(text: string, max = MAX_JSON_DEPTH): string | null {
  const stack: Frame[] = [];
  let keyNext = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE) {
      let j = i + 1;
      for (; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (c === BACKSLASH) j++;
        else if (c === QUOTE) break;
      }
      const top = stack[stack.length - 1];
      if (keyNext && top && !top.array) {
        top.at = keyOf(text.slice(i, j + 1));
        keyNext = false;
      }
      i = j;
    } else if (ch === 0x7b || ch === 0x5b) {
      if (stack.length >= max) return stack.map((f) => `/${pointerSegment(f.at)}`).join("");
      stack.push({ array: ch === 0x5b, at: ch === 0x5b ? 0 : "" });
      keyNext = ch === 0x7b;
    } else if (ch === 0x7d || ch === 0x5d) {
      stack.pop();
      keyNext = false;
    } else if (ch === COMMA) {
      const top = stack[stack.length - 1];
      if (top?.array) top.at = (top.at as number) + 1;
      else if (top) keyNext = true;
    }
  }
  return null;
}
