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
/**
 * The answers of a summary route: 200 in each format (JSON data, CommonMark, HTML, PDF) with its
 * ETag (and, for a frozen version, immutable caching), 304 for a current copy, and the errors.
 */
export const summaryResponses = (description: string, frozen: boolean) => ({
  200: {
    description,
    headers: {
      ETag: {
        description: frozen
          ? 'strong: "sha256-<hex>" of the bytes, the same forever'
          : "the representation's tag (record revision, language, format)",
        schema: { type: "string" as const },
      },
      ...(frozen
        ? {
            "Cache-Control": {
              description: "private, max-age=31536000, immutable",
              schema: { type: "string" as const },
            },
          }
        : {}),
      Vary: {
        description:
          "Accept, Accept-Language: the headers that chose the format and language when the query did not",
        schema: { type: "string" as const },
      },
      "Content-Disposition": {
        description: 'for the PDF: inline; filename="EVA-<case id>-v<version>-<lang>.pdf"',
        schema: { type: "string" as const },
      },
    },
    content: {
      "application/json": { schema: z.object({}).passthrough().openapi("SummaryData") },
      "text/markdown": {
        schema: z.string().openapi({ description: "CommonMark: page 1, a rule, the appendix" }),
      },
      "text/html": {
        schema: z.string().openapi({ description: "a self-contained HTML document with A4 print CSS" }),
      },
      "application/pdf": {
        schema: z
          .string()
          .openapi({ format: "binary", description: "PDF/A-2b, tagged (PDF/UA-1), A4, fonts embedded" }),
      },
    },
  },
  ...notModifiedResponse,
  ...commonErrors,
  404: problem(
    frozen
      ? "no such assessment, or version v was never approved"
      : "not found (also another organization's resources)",
  ),
  429: problem("too many requests; Retry-After says when to try again"),
});

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
    file: z
      .object({
        uri: z.string().describe("the approved version's PDF at its versioned, immutable URI"),
        mediaType: z.string(),
        name: z.string(),
        sha256: z.string().describe("SHA-256 of the file, hex"),
        size: z.int().describe("bytes"),
      })
      .describe("the archival PDF (PDF/A-2b) of the approved version"),
    alternatives: z
      .array(
        z.object({
          mediaType: z.string(),
          uri: z.string(),
          name: z.string(),
          sha256: z.string().describe("SHA-256 of the file, hex"),
          size: z.int().describe("bytes"),
        }),
      )
      .describe("the same summary in other formats (the HTML document)"),
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
