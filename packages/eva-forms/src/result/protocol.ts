import type { Locale, Strategy } from "eva-core";
import type { LiveResult } from "./compute-live-result.js";

/** main thread → worker: the latest draft; `seq` lets the hook drop answers to older drafts */
export interface LiveRequest {
  seq: number;
  draft: unknown;
  strategy: Strategy;
  locale: Locale;
}

export type LiveResponse = { seq: number; result: LiveResult } | { seq: number; error: string };
