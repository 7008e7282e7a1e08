import { z } from "zod";

/** The languages EVA speaks; Finnish is the default. */
export const LocaleSchema = z.enum(["fi", "sv", "en"]).describe("language: fi (default), sv or en");
export type Locale = z.infer<typeof LocaleSchema>;
export const locales = ["fi", "sv", "en"] as const;

/** Text in several languages; Finnish is required, Swedish and English optional. */
export const LocalizedTextSchema = z
  .object({
    fi: z.string().trim().min(1).max(2000),
    sv: z.string().trim().min(1).max(2000).optional(),
    en: z.string().trim().min(1).max(2000).optional(),
  })
  .strict();
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Text that must exist in all three languages (framework labels and questions). */
export const TrilingualTextSchema = z
  .object({
    fi: z.string().trim().min(1).max(2000),
    sv: z.string().trim().min(1).max(2000),
    en: z.string().trim().min(1).max(2000),
  })
  .strict();
export type TrilingualText = z.infer<typeof TrilingualTextSchema>;

/** An opaque identifier inside a document: letters, digits and . _ : - (no spaces). */
export const IdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, { message: "id: letters, digits and . _ : - only" });

// C0 and C1 controls and DEL (Cc), invisible format characters such as bidirectional overrides
// and zero-width spaces (Cf), and the line and paragraph separators: none belongs in an identifier
// that case systems, CSV files and file names receive
const controlCharacter = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/** Whether `s` has no control, invisible format or line-separator character. */
export function hasNoControlCharacters(s: string): boolean {
  return !controlCharacter.test(s);
}

/**
 * An identifier another system gives (a case system's diaarinumero, a record id): opaque printable
 * text up to `max` characters; a control character is refused with the code control_character.
 */
export function externalIdSchema(max: number) {
  return z
    .string()
    .max(max)
    .refine(hasNoControlCharacters, {
      message: "the identifier contains a control character",
      params: { evaCode: "control_character" },
    });
}

/** A calendar date, ISO 8601 (YYYY-MM-DD). */
export const IsoDateSchema = z.iso.date().describe("calendar date, ISO 8601 YYYY-MM-DD");

/** Euros (zod rejects NaN and ±Infinity for every number). */
export const EurosSchema = z.number().min(-1e12).max(1e12).describe("euros (EUR), -1e12..1e12");
