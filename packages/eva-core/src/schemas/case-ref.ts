import { z } from "zod";
import { normalizeCaseId } from "../case-ref/case-id.js";
import { externalIdSchema, IdSchema } from "./common.js";

/** diaarinumero as the case system writes it: printable text up to 200 characters, no control characters. */
export const CaseIdSchema = externalIdSchema(200).describe(
  "the case system's own case id (diaarinumero) as it writes it, e.g. 657/02.02.00/2023; no control characters",
);

export const CaseSystemSchema = z
  .enum(["casem", "dynasty", "tweb", "ahjo", "other"])
  .describe("the case-management system: casem, dynasty, tweb, ahjo or other");
export type CaseSystem = z.infer<typeof CaseSystemSchema>;

/** asia: the case in the municipality's case system that the EVA is attached to. */
export const CaseRefSchema = z
  .object({
    organization: IdSchema.describe("organization (municipality) slug, e.g. kaarina"),
    system: CaseSystemSchema,
    /** diaarinumero as the case system writes it; kept as given (see normalizeCaseId) */
    caseId: CaseIdSchema.refine((s) => normalizeCaseId(s).length > 0, {
      message: "caseId is empty",
      params: { evaCode: "empty_case_id" },
    }),
    /** tehtäväluokka, e.g. "02.02.00" (JHS 191) */
    taskClass: z
      .string()
      .regex(/^\d{2}(\.\d{2}){0,4}$/, { message: "taskClass is like 02.02.00" })
      .optional(),
  })
  .strict();
export type CaseRef = z.infer<typeof CaseRefSchema>;

/** The key a case is found by: system + normalised id (organization is the tenant). */
export function caseKey(ref: Pick<CaseRef, "system" | "caseId">): string {
  return `${ref.system}:${normalizeCaseId(ref.caseId)}`;
}
