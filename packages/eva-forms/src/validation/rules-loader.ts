import type * as Rules from "./rules.js";

type LoadedRules = Pick<typeof Rules, "completeIssues" | "draftIssues">;
let loaded: LoadedRules | undefined;
let pending: Promise<LoadedRules> | undefined;

/**
 * The wizard's rules (the draft schema autosave meets, and submit's findings and complete schema)
 * as a chunk fetched on first use: the wizard asks for it when the official first works in a
 * step; Next, submit and a save wait for it if it has not arrived yet. A failed fetch is tried
 * again on the next call.
 */
export function loadRules(): Promise<LoadedRules> {
  pending ??= import("./rules.js").then(
    (m) => {
      loaded = { completeIssues: m.completeIssues, draftIssues: m.draftIssues };
      return loaded;
    },
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

/** The rules if their chunk has arrived, else undefined (call loadRules). */
export function rulesNow(): LoadedRules | undefined {
  return loaded;
}
