import { computeLiveResult } from "./compute-live-result.js";
import type { LiveRequest, LiveResponse } from "./protocol.js";

// evaluate() with SMAA takes tens to hundreds of milliseconds: here it never blocks typing
self.onmessage = (event: MessageEvent<LiveRequest>) => {
  const { seq, draft, strategy, locale } = event.data;
  let response: LiveResponse;
  try {
    response = { seq, result: computeLiveResult(draft, strategy, locale) };
  } catch (error) {
    response = { seq, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
