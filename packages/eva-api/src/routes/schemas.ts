import { z } from "@hono/zod-openapi";
import { AssessmentDraftSchema, CaseRefSchema, IdSchema } from "eva-core";

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem");

export const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ProblemSchema } },
});

/** The error answers every protected route may give. */
export const commonErrors = {
  401: problem("no valid bearer token"),
  403: problem("the role may not"),
  404: problem("not found (also another organization's resources)"),
  422: problem("validation failed; errors[] has JSON Pointer paths and localised messages"),
};
/** A conditional GET's answer when the client's copy is current. */
export const notModifiedResponse = {
  304: { description: "not modified: If-None-Match names the current ETag (no body)" },
};
export const writeErrors = {
  ...commonErrors,
  409: problem("not allowed in this workflow state"),
  412: problem("stale If-Match"),
  413: problem("body over 1 MiB"),
  415: problem("not JSON"),
  428: problem("If-Match missing"),
};

export const AssessmentViewSchema = z
  .object({
    id: z.string(),
    organization: z.string(),
    status: z.enum(["draft", "submitted", "approved"]),
    version: z.int(),
    etag: z.string(),
    strategyId: z.string(),
    strategyVersion: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    createdBy: z.string(),
    returnComment: z.string().optional(),
    approvedAt: z.string().optional(),
    approvedBy: z.string().optional(),
    lastFollowUpAt: z.string().optional().describe("the newest follow-up record's date, when there is one"),
    assessment: AssessmentDraftSchema,
  })
  .openapi("AssessmentView");

/** The approved summary as a case-system attachment record (Ahjo / 6Aika attachments' shape). */
export const AttachmentSchema = z
  .object({
    title: z.string(),
    caseId: z.string(),
    caseSystem: z.enum(["casem", "dynasty", "tweb", "ahjo", "other"]),
    language: z.enum(["fi", "sv", "en"]),
    version: z.int(),
    approvedAt: z.string(),
    publicityClass: z.enum(["public", "confidential"]),
    /** Julkisuuslaki 24 § reason, when confidential */
    confidentialityReason: z.string().optional(),
    personalData: z.boolean(),
    file: z.object({
      uri: z.string(),
      mediaType: z.string(),
      name: z.string(),
      sha256: z.string().describe("SHA-256 of the file, hex"),
      size: z.int().describe("bytes"),
    }),
  })
  .openapi("Attachment");

export const CreateAssessmentSchema = z
  .object({
    caseRef: CaseRefSchema,
    strategyId: IdSchema,
    /** the strategy version to assess against; absent: the current (latest) version */
    strategyVersion: z.int().min(1).max(10_000).optional(),
    /** anything else of the draft to start with */
    assessment: AssessmentDraftSchema.optional(),
  })
  .strict()
  .openapi("CreateAssessment");

export const IdParam = z.object({ id: z.string().min(1).max(200) });
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  content: { "application/json": { schema } },
  required: true,
});
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
export const bearer = [{ bearer: [] as string[] }];
