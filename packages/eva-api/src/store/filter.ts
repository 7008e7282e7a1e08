import { caseKey, normalizeCaseId } from "eva-core";
import type { AssessmentFilter, AssessmentRecord } from "./store.js";

/** The case key an assessment is found by (system + normalised case id), or null while a draft lacks it. */
export function caseKeyOf(r: Pick<Filterable, "data">): string | null {
  const ref = r.data.basics?.caseRef;
  return ref?.system && ref.caseId ? caseKey({ system: ref.system, caseId: ref.caseId }) : null;
}

/** What the filters and the order look at: a whole record, or the lowdb store's index entry of one. */
export type Filterable = Pick<AssessmentRecord, "status" | "updatedAt" | "id"> & {
  data: { basics?: Pick<NonNullable<AssessmentRecord["data"]["basics"]>, "title" | "caseRef"> };
};

export function matchesFilter(r: Filterable, f: AssessmentFilter): boolean {
  if (f.status && r.status !== f.status) return false;
  if (f.caseKey && caseKeyOf(r) !== f.caseKey) return false;
  if (f.q) {
    const q = f.q.toLocaleLowerCase("fi");
    const hay =
      `${r.data.basics?.title ?? ""} ${normalizeCaseId(r.data.basics?.caseRef?.caseId ?? "")}`.toLocaleLowerCase(
        "fi",
      );
    if (!hay.includes(q)) return false;
  }
  return true;
}

/** Newest first (updatedAt, then id); the cursor is the last item's sort key. */
export function pageOf<T extends Pick<AssessmentRecord, "updatedAt" | "id">>(
  all: T[],
  f: AssessmentFilter,
): { items: T[]; nextCursor: string | null } {
  const key = (r: T) => `${r.updatedAt}\u0000${r.id}`;
  const sorted = all.sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
  const after = f.cursor ? Buffer.from(f.cursor, "base64url").toString("utf8") : null;
  const start = after ? sorted.filter((r) => key(r) < after) : sorted;
  const items = start.slice(0, f.limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: start.length > f.limit && last ? Buffer.from(key(last), "utf8").toString("base64url") : null,
  };
}
