import { z } from "zod";

export const SeveritySchema = z
  .enum(["error", "warning", "info"])
  .describe("error blocks submission for approval; warning and info do not");
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * huomio: a quality finding. `code` is stable (never renamed; the list is in
 * findings/codes.ts), `path` is a JSON Pointer into the assessment, `params` fill the fi/sv/en
 * message templates. Findings are data; their wording lives in the catalogues.
 */
export const FindingSchema = z
  .object({
    code: z.string().min(1).max(80),
    severity: SeveritySchema,
    path: z.string().max(500).describe("JSON Pointer into the assessment, '' = the whole assessment"),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).default({}),
  })
  .strict();
export type Finding = z.infer<typeof FindingSchema>;
