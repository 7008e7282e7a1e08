import type { completeIssues } from "./complete-issues.js";

type CompleteIssues = typeof completeIssues;
let loaded: CompleteIssues | undefined;
let pending: Promise<CompleteIssues> | undefined;

/**
 * The submit rules (eva-core's findings and the complete schema) as a chunk fetched on first use:
 * the wizard asks for it when the official first works in a step, and Next waits for it if it has
 * not arrived yet. A failed fetch is tried again on the next call.
 */
export function loadCompleteIssues(): Promise<CompleteIssues> {
  pending ??= import("./complete-issues.js").then(
    (m) => {
      loaded = m.completeIssues;
      return m.completeIssues;
    },
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

/** The submit rules if their chunk has arrived, else undefined (call loadCompleteIssues). */
export function completeIssuesNow(): CompleteIssues | undefined {
  return loaded;
}
