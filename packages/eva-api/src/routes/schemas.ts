import { z } from "@hono/zod-openapi";
import {
  AssessmentDraftSchema,
  AssessmentSchema,
  CaseRefSchema,
  CaseSystemSchema,
  externalIdSchema,
  FollowUpRecordSchema,
  IdSchema,
  LocalizedTextSchema,
  PredictionComparisonSchema,
  StrategySchema,
  SummarySchema,
} from "eva-core";
import {
  body,
  EVALUATES,
  LocalizedFindingSchema,
  notModifiedImmutableResponse,
  notModifiedResponse,
  problems,
  SIGNED_IN,
} from "../openapi/operation.js";

// The API's own objects, each named once with .openapi("Name") (eva-core's domain objects are
// named in openapi/named-schemas.ts). Answers are strict: the document lists every member the
// API sends, and the contract test (test/contract.ts) holds it to that.

const LanguageSchema = z.enum(["fi", "sv", "en"]);

/** An id in the path or the query: opaque printable text; a control character is 422 control_character. */
export const opaqueId = (max: number) => externalIdSchema(max).min(1);

export const IdParam = z.object({
  id: opaqueId(200).openapi({ description: "the assessment's id", example: "a1b2c3d4e5f6" }),
});

export const AssessmentStatusSchema = z.enum(["draft", "submitted", "approved"]).openapi("AssessmentStatus", {
  description: "draft → submitted → approved (locked); return and reopen go back",
});

export const AssessmentViewSchema = z
  .object({
    id: z.string(),
    organization: z.string(),
    status: AssessmentStatusSchema,
    version: z.int().describe("1, and +1 at every reopen"),
    etag: z.string().describe("the same as the ETag header: send it in If-Match"),
    strategyId: z.string(),
    strategyVersion: z.int(),
    createdAt: z.string().describe("ISO 8601"),
    updatedAt: z.string().describe("ISO 8601"),
    createdBy: z.string(),
    returnComment: z.string().optional().describe("the approver's comment when it was returned"),
    approvedAt: z.string().optional(),
    approvedBy: z.string().optional(),
    lastFollowUpAt: z.string().optional().describe("the newest follow-up record's date, when there is one"),
    assessment: AssessmentDraftSchema,
  })
  .strict()
  .openapi("AssessmentView", {
    description: "An assessment as the API keeps it: its workflow state and version, and the draft",
  });

export const AssessmentListSchema = z
  .object({
    items: z.array(AssessmentViewSchema),
    nextCursor: z.string().nullable().describe("pass as ?cursor= for the next page; null on the last"),
  })
  .strict()
  .openapi("AssessmentList");

export const CaseAssessmentsSchema = z
  .object({ items: z.array(AssessmentViewSchema) })
  .strict()
  .openapi("CaseAssessments");

/** The approved summary as a case-system attachment record (Ahjo / 6Aika attachments' shape). */
export const AttachmentSchema = z
  .object({
    title: z.string(),
    caseId: z.string(),
    caseSystem: CaseSystemSchema,
    language: LanguageSchema,
    version: z.int().describe("the approved version the file shows"),
    approvedAt: z.string(),
    publicityClass: z.enum(["public", "confidential"]),
    confidentialityReason: z.string().optional().describe("Julkisuuslaki 24 § reason, when confidential"),
    personalData: z.boolean(),
    file: z
      .object({
        uri: z
          .string()
          .describe("the approved version's PDF at its versioned, immutable URI (GET with the same token)"),
        mediaType: z.string(),
        name: z.string().describe("a file name for the case system"),
        sha256: z.string().describe("SHA-256 of the file, hex"),
        size: z.int().describe("bytes"),
      })
      .strict()
      .describe("the archival PDF (PDF/A-2b, tagged) of the approved version"),
    alternatives: z
      .array(
        z
          .object({
            mediaType: z.string(),
            uri: z.string(),
            name: z.string(),
            sha256: z.string().describe("SHA-256 of the file, hex"),
            size: z.int().describe("bytes"),
          })
          .strict(),
      )
      .describe("the same summary in other formats (the HTML document)"),
  })
  .strict()
  .openapi("Attachment", {
    description:
      "The approved summary as a case-system attachment record (the shape of Ahjo and 6Aika attachments)",
  });

export const CreateAssessmentSchema = z
  .object({
    caseRef: CaseRefSchema,
    strategyId: IdSchema.describe("the strategy it is assessed against"),
    strategyVersion: z
      .int()
      .min(1)
      .max(10_000)
      .optional()
      .describe(
        "the strategy version to assess against (the one in force); absent: the current (latest) version",
      ),
    assessment: AssessmentDraftSchema.optional(),
  })
  .strict()
  .openapi("CreateAssessment", {
    description:
      "The case and the strategy of a new assessment, and optionally anything else of the draft to start with (assessment)",
  });

/** A JSON Merge Patch (RFC 7396) of an AssessmentDraft: the members to change; null removes one. */
export const AssessmentPatchSchema = z.looseObject({}).openapi("AssessmentPatch", {
  description:
    "JSON Merge Patch (RFC 7396) of an AssessmentDraft: the members to change, null to remove one; the merged draft must be a valid AssessmentDraft",
});

export const ReturnRequestSchema = z
  .object({ comment: z.string().trim().min(1).max(3000).describe("what the preparer should change") })
  .strict()
  .openapi("ReturnRequest");

export const AuditEventSchema = z
  .object({
    at: z.string().describe("ISO 8601"),
    actor: z.string(),
    action: z.enum(["create", "update", "submit", "approve", "return", "reopen", "follow-up", "import"]),
    version: z.int(),
    comment: z.string().optional(),
    patch: z
      .array(
        z.looseObject({
          op: z.string(),
          path: z.string(),
          value: z.unknown().optional(),
          from: z.string().optional(),
        }),
      )
      .describe("what changed, as a JSON Patch (RFC 6902) from the version before"),
  })
  .strict()
  .openapi("AuditEvent", { description: "One entry of the append-only audit trail" });

export const HistorySchema = z
  .object({
    id: z.string(),
    currentVersion: z.int(),
    status: AssessmentStatusSchema,
    versions: z.array(
      z
        .object({
          version: z.int(),
          status: AssessmentStatusSchema,
          approvedAt: z.string().optional(),
          approvedBy: z.string().optional(),
        })
        .strict(),
    ),
    events: z.array(AuditEventSchema),
  })
  .strict()
  .openapi("History");

export const FollowUpsSchema = z
  .object({
    records: z.array(FollowUpRecordSchema),
    comparison: PredictionComparisonSchema.nullable(),
    findings: z.array(LocalizedFindingSchema),
  })
  .strict()
  .openapi("FollowUps", {
    description:
      "The follow-up records; comparison: the latest record against the approved prediction (null before the first); findings: follow_up_overdue when the follow-up date has passed",
  });

export const EvaluateRequestSchema = z
  .object({
    assessment: AssessmentSchema,
    strategy: StrategySchema,
    seed: z.int().min(-2147483648).max(2147483647).optional().describe("SMAA's seed; default 1"),
    samples: z
      .int()
      .min(1)
      .max(100_000)
      .optional()
      .describe("SMAA's samples: at most 100,000 (about 0.2–0.5 s of one core); default 10,000"),
  })
  .strict()
  .openapi("EvaluateRequest");

export const StrategyListSchema = z
  .object({ items: z.array(StrategySchema).describe("each strategy's current version") })
  .strict()
  .openapi("StrategyList");

export const MeSchema = z
  .object({ organization: z.string(), roles: z.array(z.string()), name: z.string() })
  .strict()
  .openapi("Me", { description: "The caller: organization (tenant), roles and name" });

export const PublicAssessmentListSchema = z
  .object({
    items: z.array(
      z
        .object({
          id: z.string(),
          organization: z.string(),
          organizationName: LocalizedTextSchema.optional().describe(
            "the municipality as residents know it, from its strategy (fi, sv, en)",
          ),
          title: z.string(),
          caseId: z.string(),
          decisionBody: z.string(),
          approvedAt: z.string(),
          summary: z.string().describe("the path of its public summary"),
        })
        .strict(),
    ),
  })
  .strict()
  .openapi("PublicAssessmentList");

export const LanguageQuery = LanguageSchema.optional().openapi({
  description: "the language; without it Accept-Language chooses (fi by default)",
});
export const SummaryFormatQuery = z.enum(["json", "md", "html", "pdf"]).optional().openapi({
  description:
    "json (data), md (CommonMark), html (a self-contained page, A4 print CSS) or pdf (PDF/A-2b, tagged, A4); without it Accept chooses",
});

/**
 * The answers of a summary route: 200 in each format (data, CommonMark, HTML, the archival PDF)
 * with its ETag (and, for an approved version's frozen files, immutable caching), 304 for a
 * current copy, 503 when the evaluation queue is full, and the errors.
 */
export const summaryResponses = (description: string, frozen: boolean) => ({
  200: body(
    {
      "application/json": { schema: SummarySchema },
      "text/markdown": {
        schema: z.string().openapi({ description: "CommonMark: page 1, a rule, the appendix" }),
      },
      "text/html": {
        schema: z.string().openapi({ description: "one self-contained HTML page, A4 print CSS" }),
      },
      "application/pdf": {
        schema: z
          .string()
          .openapi({ format: "binary", description: "PDF/A-2b, tagged (PDF/UA-1), A4, fonts embedded" }),
      },
    },
    description,
    "ETag",
    "Vary",
    "Content-Disposition",
    ...(frozen ? (["Cache-Control"] as const) : []),
  ),
  ...(frozen ? notModifiedImmutableResponse : notModifiedResponse),
  ...problems(...SIGNED_IN, ...EVALUATES, 404, 409, 422),
});
