import type { Locale, Strategy } from "eva-core";
import { useEffect, useState } from "react";
import { useFormContext } from "react-hook-form";
import { cleanDraft } from "../wizard/clean-draft.js";
import type { LiveResult } from "./compute-live-result.js";
import type { LiveRequest, LiveResponse } from "./protocol.js";

export interface LiveState {
  result: LiveResult | null;
  /** a newer draft is waiting or being computed */
  pending: boolean;
  failed: boolean;
}

function startWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./live-result.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return null;
  }
}

/**
 * The live result of the form's draft: recomputed `delayMs` after the last change, in a Web
 * Worker so typing never waits for evaluate(); where there is no Worker (jsdom) the same
 * computation runs on the main thread behind the same debounce. The form is read through a
 * watch subscription, so a keystroke does not re-render the panel.
 */
export function useLiveResult(strategy: Strategy, locale: Locale, delayMs = 300): LiveState {
  const { watch, getValues } = useFormContext();
  const [state, setState] = useState<LiveState>({ result: null, pending: true, failed: false });
  useEffect(() => {
    const worker = startWorker();
    let seq = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let alive = true;
    const done = (response: LiveResponse) => {
      if (!alive || response.seq !== seq) return; // an answer to an older draft
      setState(
        "result" in response
          ? { result: response.result, pending: false, failed: false }
          : (s) => ({ ...s, pending: false, failed: true }),
      );
    };
    if (worker) {
      worker.onmessage = (e: MessageEvent<LiveResponse>) => done(e.data);
      worker.onerror = () => done({ seq, error: "worker" });
    }
    const run = () => {
      seq += 1;
      const request: LiveRequest = { seq, draft: cleanDraft(getValues()), strategy, locale };
      if (worker) worker.postMessage(request);
      else {
        // the engine is fetched only here: with a Worker it never loads on the page itself
        const mine = seq;
        import("./compute-live-result.js").then(
          ({ computeLiveResult }) => {
            try {
              done({ seq: mine, result: computeLiveResult(request.draft, strategy, locale) });
            } catch (error) {
              done({ seq: mine, error: String(error) });
            }
          },
          (error: unknown) => done({ seq: mine, error: String(error) }),
        );
      }
    };
    const schedule = () => {
      setState((s) => (s.pending ? s : { ...s, pending: true }));
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, delayMs);
    };
    timer = setTimeout(run, 0);
    const sub = watch(schedule);
    return () => {
      alive = false;
      sub.unsubscribe();
      if (timer) clearTimeout(timer);
      worker?.terminate();
    };
  }, [watch, getValues, strategy, locale, delayMs]);
  return state;
}
