import {
  type Evaluation,
  type Locale,
  locales,
  renderMarkdown,
  type Strategy,
  type SummarizeOptions,
  type Summary,
  summarize,
} from "eva-core";
import type { Context } from "hono";
import type { Env } from "../context.js";
import { ProblemError } from "../problem.js";
import type { BlobRef, BlobStore } from "../store/blobs.js";
import { type ApprovedVersion, type AssessmentRecord, PreconditionFailedError } from "../store/store.js";
import { renderSummaryPdf } from "../summary-pdf/render-summary-pdf.js";

export const summaryFormats = ["json", "md", "html", "pdf"] as const;
export type SummaryFormat = (typeof summaryFormats)[number];

export const contentTypes: Record<SummaryFormat, string> = {
  json: "application/json; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
};

type Files = NonNullable<ApprovedVersion["files"]>;
export const fileKey = (lang: Locale, format: SummaryFormat) => `${lang}.${format}`;

// react-dom/server and the component are loaded on the first HTML summary, not at start-up:
// they are a third of the server's start time and most requests never need them
let boardSummaryHtml: Promise<typeof import("eva-forms/server")> | undefined;

/**
 * The summary in one format as bytes: JSON, CommonMark, the self-contained HTML document
 * (eva-forms' BoardSummary: one rendering) or the archival PDF (dated `date`).
 */
export async function summaryBytes(summary: Summary, format: SummaryFormat, date: string): Promise<Buffer> {
  switch (format) {
    case "json":
      return Buffer.from(JSON.stringify(summary));
    case "md":
      return Buffer.from(renderMarkdown(summary));
    case "html": {
      boardSummaryHtml ??= import("eva-forms/server");
      const { renderBoardSummaryHtml } = await boardSummaryHtml;
      return Buffer.from(renderBoardSummaryHtml(summary));
    }
    case "pdf":
      return renderSummaryPdf(summary, { date });
  }
}

/** What summarize() is told about a record: who prepared and approved it, when, its strategy's validity. */
export function summaryContext(
  r: Pick<AssessmentRecord, "status" | "createdBy" | "updatedAt">,
  strategy: Pick<Strategy, "validFrom" | "validTo">,
  approved?: Pick<ApprovedVersion, "approvedAt" | "approvedBy">,
): Omit<SummarizeOptions, "locale"> {
  return {
    status: approved ? "approved" : r.status,
    preparedBy: r.createdBy,
    ...(approved
      ? { approvedBy: approved.approvedBy, approvedAt: approved.approvedAt }
      : { preparedAt: r.updatedAt }),
    strategyValidFrom: strategy.validFrom,
    strategyValidTo: strategy.validTo ?? null,
  };
}

/**
 * The files of an approved version: its summary in every language and format, rendered once
 * from the version's evaluation and stored by SHA-256. Called in the approval's own flow, before
 * the record that names them is written, so an acknowledged approval always has its files.
 */
export async function freezeSummaries(
  blobs: BlobStore,
  evaluation: Evaluation,
  context: Omit<SummarizeOptions, "locale">,
  date: string,
): Promise<Files> {
  const files: Files = {};
  for (const lang of locales) {
    const summary = summarize(evaluation, { ...context, locale: lang });
    for (const format of summaryFormats) {
      const ref: BlobRef = await blobs.put(await summaryBytes(summary, format, date));
      files[fileKey(lang, format)] = ref;
    }
  }
  return files;
}

export function blobStoreOf(c: Context<Env>): BlobStore {
  const d = c.get("deps");
  const blobs = d.blobs ?? d.store.blobStore?.();
  if (!blobs) throw new Error("no blob store: createApp needs deps.blobs or a store with blobStore()");
  return blobs;
}

/**
 * The frozen files of approved version `version`, 404 when it was never approved. A version
 * approved before EVA kept its files (the demo data, records from older releases) gets them now,
 * once: rendered from the stored version and recorded with a conditional write.
 */
export async function frozenFiles(
  c: Context<Env>,
  load: () => Promise<AssessmentRecord>,
  version: number,
  make: (r: AssessmentRecord, v: ApprovedVersion) => Promise<Files>,
): Promise<{ record: AssessmentRecord; approved: ApprovedVersion; files: Files }> {
  for (let attempt = 0; ; attempt++) {
    const record = await load();
    const approved = record.approvedVersions.find((v) => v.version === version);
    if (!approved) throw new ProblemError(404, "not-found", `Version ${version} was never approved.`);
    if (approved.files) return { record, approved, files: approved.files };
    const files = await make(record, approved);
    // the same revision and ETag: the files are what the stored version already gives (rendering is
    // deterministic), so no representation of the assessment changes and no client's copy (or an
    // autosave's If-Match) goes stale. A write that wins meanwhile may drop them: they are made again.
    const next: AssessmentRecord = {
      ...record,
      approvedVersions: record.approvedVersions.map((v) => (v.version === version ? { ...v, files } : v)),
    };
    try {
      const saved = await c.get("deps").store.putAssessment(next, record.etag);
      const kept = saved.approvedVersions.find((v) => v.version === version);
      return { record: saved, approved: kept ?? { ...approved, files }, files };
    } catch (e) {
      // someone else wrote the record meanwhile (maybe the same files): read it again
      if (!(e instanceof PreconditionFailedError) || attempt >= 3) throw e;
    }
  }
}
