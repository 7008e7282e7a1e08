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

/** A calendar date, ISO 8601 (YYYY-MM-DD). */
export const IsoDateSchema = z.iso.date().describe("calendar date, ISO 8601 YYYY-MM-DD");

/** Euros (zod rejects NaN and ±Infinity for every number). */
export const EurosSchema = z.number().min(-1e12).max(1e12).describe("euros (EUR), -1e12..1e12");
