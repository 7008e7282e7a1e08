import { createContext, useCallback, useContext, useSyncExternalStore } from "react";
import type { FieldIssue } from "./issues.js";

/**
 * Where an issue comes from: a value typed that is not one ("input": "12,3,4" in a euro field,
 * never stored); the last Next or submit ("check"); a save the draft schema or the server refused
 * ("save"). Beside a field the most immediate one shows: input, then save, then check.
 */
export type IssueSource = "input" | "save" | "check";
const order: IssueSource[] = ["input", "save", "check"];

/** The wizard's open issues by source and control, with per-control subscriptions. */
export class IssueStore {
  private readonly sources = new Map<IssueSource, Map<string, FieldIssue>>(order.map((s) => [s, new Map()]));
  private readonly listeners = new Set<() => void>();

  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  private changed() {
    for (const fn of this.listeners) fn();
  }

  /** Replaces a source's issues (all of them, or only those for which `within` holds). */
  replace(source: IssueSource, issues: FieldIssue[], within: (i: FieldIssue) => boolean = () => true) {
    const map = this.sources.get(source) ?? new Map<string, FieldIssue>();
    for (const [id, i] of map) if (within(i)) map.delete(id);
    for (const i of issues) if (!map.has(i.fieldId)) map.set(i.fieldId, i);
    this.sources.set(source, map);
    this.changed();
  }

  put(source: IssueSource, issue: FieldIssue) {
    this.sources.get(source)?.set(issue.fieldId, issue);
    this.changed();
  }

  remove(source: IssueSource, fieldId: string) {
    if (this.sources.get(source)?.delete(fieldId)) this.changed();
  }

  has(source: IssueSource, fieldId: string): boolean {
    return this.sources.get(source)?.has(fieldId) ?? false;
  }

  message(fieldId: string): string | undefined {
    for (const s of order) {
      const i = this.sources.get(s)?.get(fieldId);
      if (i) return i.message;
    }
    return undefined;
  }

  list(source: IssueSource): FieldIssue[] {
    return [...(this.sources.get(source)?.values() ?? [])];
  }
}

export const IssuesContext = createContext<IssueStore | null>(null);

/** The store of the wizard around (a throwaway one where a component is used alone). */
const fallback = new IssueStore();
export const useIssueStore = () => useContext(IssuesContext) ?? fallback;

/** The message to show beside a control, or undefined. */
export function useFieldIssue(fieldId: string): string | undefined {
  const store = useIssueStore();
  const get = useCallback(() => store.message(fieldId), [store, fieldId]);
  return useSyncExternalStore(store.subscribe, get, get);
}
