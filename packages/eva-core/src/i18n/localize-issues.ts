import { z } from "zod";
import type { Locale } from "../schemas/common.js";
import { type ValidationMessageKey, validationMessages } from "./validation-messages.js";

/** A validation error as the API and the forms show it: JSON Pointer path, stable code, message. */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}

const zodLocales = { fi: z.locales.fi, sv: z.locales.sv, en: z.locales.en } as const;

/** RFC 6901 JSON Pointer of a zod path: ["alternatives", 0, "name"] → "/alternatives/0/name". */
export function toJsonPointer(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => `/${String(p).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

function fill(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ""));
}

function ownKey(
  issue: z.core.$ZodIssue,
): { key: ValidationMessageKey; params: Record<string, unknown> } | null {
  if (issue.code === "custom") {
    const params = (issue.params ?? {}) as Record<string, unknown>;
    const code = params.evaCode;
    if (typeof code === "string" && code in validationMessages.fi)
      return { key: code as ValidationMessageKey, params };
    return null;
  }
  if (issue.code === "invalid_type") return { key: "invalid_type", params: { expected: issue.expected } };
  if (issue.code === "invalid_union") {
    const last = issue.path[issue.path.length - 1];
    const isRating =
      issue.path[0] === "ratings" && (last === "value" || last === "shortTerm" || last === "longTerm");
    return { key: isRating ? "invalid_rating" : "invalid_union", params: {} };
  }
  if (issue.code === "invalid_format") {
    if (issue.format === "date") return { key: "invalid_date", params: {} };
    if (issue.format === "email") return { key: "invalid_email", params: {} };
    return { key: "invalid_format", params: {} };
  }
  return null;
}

/** The stable code of an issue: eva-core's own code for custom issues, zod's code otherwise. */
export function issueCode(issue: z.core.$ZodIssue): string {
  if (issue.code === "custom") {
    const code = (issue.params as Record<string, unknown> | undefined)?.evaCode;
    if (typeof code === "string") return code;
  }
  return issue.code;
}

/**
 * Turns zod issues into `{ path, code, message }` in fi, sv or en: eva-core's catalogue for its own
 * codes (and for invalid_type/invalid_format, whose zod wording shows internals), zod's locale
 * for the rest (too_small, too_big, invalid_value, unrecognized_keys, …).
 */
export function localizeIssues(issues: ReadonlyArray<z.core.$ZodIssue>, locale: Locale = "fi"): FieldError[] {
  const zodMap = zodLocales[locale]().localeError;
  return issues.map((issue) => {
    const own = ownKey(issue);
    let message: string;
    if (own) {
      message = fill(validationMessages[locale][own.key], own.params);
    } else {
      const out = zodMap(issue as never);
      message = typeof out === "string" ? out : (out?.message ?? issue.message);
    }
    return { path: toJsonPointer(issue.path), code: issueCode(issue), message };
  });
}

/** safeParse with errors as localized `FieldError`s (what every boundary of EVA answers). */
export function safeParseLocalized<T extends z.ZodType>(
  schema: T,
  data: unknown,
  locale: Locale = "fi",
): { success: true; data: z.infer<T> } | { success: false; errors: FieldError[] } {
  const result = schema.safeParse(data);
  if (result.success) return { success: true, data: result.data };
  return { success: false, errors: localizeIssues(result.error.issues, locale) };
}
