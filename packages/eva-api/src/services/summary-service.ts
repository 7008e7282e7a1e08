import { createHash } from "node:crypto";
import {
  AssessmentSchema,
  type Evaluation,
  evaluate,
  isEvaError,
  type Strategy,
  type SummarizeOptions,
  type Summary,
  safeParseLocalized,
  summarize,
} from "eva-core";
import type { Context } from "hono";
import { type AppDeps, type Env, representationEtag } from "../context.js";
import { type Locale, localeOf } from "../locale.js";
import { ProblemError } from "../problem.js";
import type { AssessmentRecord } from "../store/store.js";
import { EvaluationCache } from "./evaluation-cache.js";
import { contentTypes, type SummaryFormat, summaryBytes } from "./frozen-summaries.js";

/** The seed of every stored assessment's SMAA: the same stored data gives the same numbers. */
export const EVALUATION_SEED = 1;

/** The strategy version the assessment was made against (assessments point at the version they used). */
export async function strategyOf(
  c: Context<Env>,
  r: Pick<AssessmentRecord, "organization" | "strategyId" | "strategyVersion">,
): Promise<Strategy> {
  const s = await c.get("deps").store.getStrategy(r.organization, r.strategyId);
  const v = s?.versions.find((x) => x.version === r.strategyVersion);
  if (!v)
    throw new ProblemError(
      409,
      "invalid-state",
      `The strategy ${r.strategyId} version ${r.strategyVersion} is missing.`,
    );
  return v;
}

const evaluationCaches = new WeakMap<AppDeps, EvaluationCache>();
function evaluationCache(c: Context<Env>): EvaluationCache {
  const d = c.get("deps");
  let cache = evaluationCaches.get(d);
  if (!cache) {
    cache = new EvaluationCache();
    evaluationCaches.set(d, cache);
  }
  return cache;
}

/**
 * evaluate() of the stored assessment (or of one of its approved versions); 422 with the fields a
 * draft still lacks. Answered from the app's evaluation cache when the same data was evaluated
 * against the same strategy version before.
 */
export async function evaluateRecord(
  c: Context<Env>,
  r: Omit<AssessmentRecord, "audit">,
  data = r.data,
): Promise<Evaluation> {
  const key = EvaluationCache.key(r.organization, r.strategyId, r.strategyVersion, EVALUATION_SEED, data);
  return memoEvaluation(c, key, async () => {
    const parsed = safeParseLocalized(AssessmentSchema, data, localeOf(c));
    if (!parsed.success) {
      throw new ProblemError(422, "not-submittable", "The assessment is not complete yet.", parsed.errors);
    }
    try {
      return evaluate(parsed.data, await strategyOf(c, r), { seed: EVALUATION_SEED });
    } catch (e) {
      if (isEvaError(e))
        throw new ProblemError(422, "validation-failed", e.message, [
          { path: `/${e.path.join("/")}`, code: e.code, message: e.message },
        ]);
      throw e;
    }
  });
}

/**
 * The app's evaluation under `key` (EvaluationCache.key of what it is computed from), computed
 * and kept when it is not there. What `compute` throws is thrown and nothing is kept. The
 * evaluation is shared: callers must not change it.
 */
export async function memoEvaluation(
  c: Context<Env>,
  key: string,
  compute: () => Promise<Evaluation>,
): Promise<Evaluation> {
  const cache = evaluationCache(c);
  const hit = cache.get(key);
  if (hit) return hit;
  const evaluation = await compute();
  cache.put(key, evaluation);
  return evaluation;
}

export type { SummaryFormat } from "./frozen-summaries.js";

/** Picks the format from ?format= or else from Accept. */
export function summaryFormat(c: Context, query: string | undefined): SummaryFormat {
  if (query === "json" || query === "md" || query === "html" || query === "pdf") return query;
  const accept = c.req.header("accept") ?? "";
  if (accept.includes("text/html")) return "html";
  if (accept.includes("text/markdown")) return "md";
  if (accept.includes("application/pdf")) return "pdf";
  return "json";
}

/**
 * The language, format and ETag of the summary a request asks for (?lang and ?format, or else
 * Accept-Language and Accept), with `Vary` naming the headers that chose them, so that a cache
 * keeps one copy per language and format. The tag is the record's with `scope`, the language and
 * the format added (representationEtag).
 */
export function negotiateSummary(
  c: Context,
  query: { lang?: string | undefined; format?: string | undefined },
  recordEtag: string,
  ...scope: string[]
): { lang: Locale; format: SummaryFormat; etag: string } {
  const by = [
    ...(query.format === undefined ? ["Accept"] : []),
    ...(query.lang === undefined ? ["Accept-Language"] : []),
  ];
  if (by.length > 0) c.header("Vary", by.join(", "));
  const lang = summaryLocale(c, query.lang);
  const format = summaryFormat(c, query.format);
  return { lang, format, etag: representationEtag(recordEtag, ...scope, lang, format) };
}

export function summaryLocale(c: Context, lang: string | undefined): Locale {
  return lang === "fi" || lang === "sv" || lang === "en" ? lang : localeOf(c);
}

/** The summary as the format's bytes and content type (the PDF dated `date`, from the record). */
export async function renderSummary(
  summary: Summary,
  format: SummaryFormat,
  date: string,
): Promise<{ body: Buffer; contentType: string }> {
  return { body: await summaryBytes(summary, format, date), contentType: contentTypes[format] };
}

export function summaryOf(
  e: Evaluation,
  locale: Locale,
  context: Omit<SummarizeOptions, "locale"> = {},
): Summary {
  return summarize(e, { ...context, locale });
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
