import { type AssessmentDraft, AssessmentSchema, portfolioMessages } from "eva-core";
import type { Context } from "hono";
import { type Env, principal } from "../context.js";
import { localeOf } from "../locale.js";
import { detail, ProblemError } from "../problem.js";
import type { AssessmentRecord } from "../store/store.js";
import type { PortfolioTask } from "./portfolio-compute.js";
import { strategyOf } from "./summary-service.js";

type Item = PortfolioTask["items"][number];

/** 422 with one field error, in the caller's language, from the portfolio catalogue. */
export function portfolioInvalid(
  c: Context<Env>,
  path: string,
  code: string,
  key: keyof typeof portfolioMessages.fi,
  id = "",
): ProblemError {
  const message = portfolioMessages[localeOf(c)][key].replace("{id}", id);
  return new ProblemError(422, "validation-failed", undefined, [{ path, code, message }]);
}

/**
 * What a portfolio weighs of an assessment: a submitted or approved one as it is; a reopened one
 * with its approved version until a new one is submitted; null for a draft that never was.
 */
async function itemOf(c: Context<Env>, r: AssessmentRecord): Promise<Item | null> {
  let data: AssessmentDraft | undefined;
  let status: Item["status"] = "approved";
  if (r.status === "submitted" || r.status === "approved") {
    data = r.data;
    status = r.status;
  } else data = r.approvedVersions[r.approvedVersions.length - 1]?.data;
  const parsed = data ? AssessmentSchema.safeParse(data) : null;
  if (!parsed?.success) return null;
  return {
    id: r.id,
    title: parsed.data.basics.title,
    caseId: parsed.data.basics.caseRef.caseId,
    status,
    assessment: parsed.data,
    strategy: await strategyOf(c, r),
  };
}

/** The caller's organization's assessments by id; 404 for one it does not have, 422 for a draft. */
export async function itemsByIds(c: Context<Env>, ids: readonly string[]): Promise<Item[]> {
  const store = c.get("deps").store;
  const org = principal(c).organization;
  const seen = new Set<string>();
  const out: Item[] = [];
  for (const [k, id] of ids.entries()) {
    if (seen.has(id)) throw portfolioInvalid(c, `/assessmentIds/${k}`, "duplicate_id", "error.duplicate", id);
    seen.add(id);
    const r = await store.getAssessment(org, id);
    // another organization's id is as unknown as one that never existed
    if (!r) throw new ProblemError(404, "not-found", detail("no-assessment", { id }));
    const item = await itemOf(c, r);
    if (!item) throw portfolioInvalid(c, `/assessmentIds/${k}`, "not_submitted", "error.notSubmitted", id);
    out.push(item);
  }
  return out;
}

/** Every submitted or approved assessment of the caller's organization against the strategy, newest first, at most `max`. */
export async function itemsOfStrategy(c: Context<Env>, strategyId: string, max = 100): Promise<Item[]> {
  const store = c.get("deps").store;
  const org = principal(c).organization;
  const records: AssessmentRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listAssessments(org, {
      status: "submitted",
      limit: 100,
      ...(cursor ? { cursor } : {}),
    });
    records.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && records.length < max);
  records.push(...(await store.listApproved(org)));
  const out: Item[] = [];
  for (const r of records) {
    if (r.strategyId !== strategyId || out.length >= max || out.some((x) => x.id === r.id)) continue;
    const item = await itemOf(c, r);
    if (item) out.push(item);
  }
  return out;
}
