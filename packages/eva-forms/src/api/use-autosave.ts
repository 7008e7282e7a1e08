import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { cleanDraft } from "../wizard/clean-draft.js";
import { type ApiClient, ApiError, type Problem } from "./client.js";
import type { AssessmentView } from "./types.js";
import { withDeletions } from "./with-deletions.js";

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "failed" }
  /** the draft has a value the draft schema refuses: nothing was sent (the wizard marks the field) */
  | { kind: "invalid" }
  /** the server refused the save (422): the wizard marks the fields it named */
  | { kind: "rejected" }
  | { kind: "conflict" };

const localKey = (id: string) => `eva-draft:${id}`;

/** Unsaved values kept in the browser until the server has them (restored on reload). */
export function localDraft(id: string): unknown {
  try {
    const text = localStorage.getItem(localKey(id));
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

export interface AutosaveOptions {
  delayMs?: number;
  /**
   * the draft-level rules the server applies; false: nothing is sent until the value is fixed (a
   * promise when the rules' chunk is still on its way: saves keep their order meanwhile)
   */
  check?: (draft: Record<string, unknown>) => boolean | Promise<boolean>;
  /** a 422 from the server, with its errors (JSON Pointer paths, messages in the user's language) */
  onRejected?: (problem: Problem) => void;
}

const isEmpty = (v: unknown) => typeof v === "object" && v !== null && Object.keys(v).length === 0;

/**
 * Autosave: a debounced JSON Merge Patch with If-Match, through one react-query mutation scope so
 * saves never race. The patch holds only what changed since the last save (the form's values as
 * entered, cleanDraft): a visit that types nothing sends nothing. A value the draft schema refuses
 * is never sent, half or whole (`check`); a 412 stops saving and asks the user; network failures
 * retry. Typed values are kept in localStorage until acknowledged, so nothing typed is lost.
 */
export function useAutosave(api: ApiClient, view: AssessmentView, options: AutosaveOptions = {}) {
  const { delayMs = 800 } = options;
  const opts = useRef(options);
  opts.current = options;
  const etag = useRef(view.etag);
  /** what the server last acknowledged (the conflict dialog compares both sides with it) */
  const acknowledged = useRef<unknown>(view.assessment);
  /** the draft as last saved, as the form holds it: each save sends its difference from this */
  const sent = useRef<Record<string, unknown>>(cleanDraft(view.assessment));
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mutation = useMutation({
    scope: { id: `autosave-${view.id}` },
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 3,
    // the patch is computed when the save's turn comes, against what the previous save sent
    mutationFn: async ({ values, asPatch }: { values: Record<string, unknown>; asPatch?: boolean }) => {
      const body = asPatch ? values : withDeletions(sent.current, values);
      if (!asPatch && isEmpty(body)) return { values, res: null };
      const res = await api.request<AssessmentView>(
        "PATCH",
        `/v1/assessments/${encodeURIComponent(view.id)}`,
        {
          body,
          etag: etag.current,
          mergePatch: true,
        },
      );
      return { values, res };
    },
    onMutate: () => setState({ kind: "saving" }),
    onSuccess: ({ values, res }, vars) => {
      if (res) {
        etag.current = res.etag ?? res.data.etag;
        acknowledged.current = res.data.assessment;
      }
      if (!vars.asPatch) sent.current = values;
      localStorage.removeItem(localKey(view.id));
      setState({ kind: "saved", at: new Date() });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 412) setState({ kind: "conflict" });
      else if (error instanceof ApiError && error.status === 422) {
        setState({ kind: "rejected" });
        opts.current.onRejected?.(error.problem);
      } else setState({ kind: "failed" });
    },
  });
  const { mutateAsync } = mutation;
  const pending = useRef<unknown>(undefined);
  /** the saves whose check or request is still running (flush waits for them) */
  const checking = useRef<Promise<void>>(Promise.resolve());
  /** the values to send now, or null when the check refused them (the state then says so) */
  const ready = useCallback(async (values: unknown): Promise<Record<string, unknown> | null> => {
    const draft = cleanDraft(values);
    if (opts.current.check && !(await opts.current.check(draft))) {
      setState({ kind: "invalid" });
      return null;
    }
    return draft;
  }, []);
  const save = useCallback(
    (values: unknown) => {
      localStorage.setItem(localKey(view.id), JSON.stringify(values));
      pending.current = values;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        pending.current = undefined;
        // chained: a later save is checked and sent after an earlier one, never before it, and
        // flush() waits for the chain (what was typed before submit is stored before submit)
        checking.current = checking.current.then(async () => {
          // the rules' chunk could not be fetched: nothing is sent, the values stay in localStorage
          const draft = await ready(values).catch(() => {
            setState({ kind: "failed" });
            return null;
          });
          // a failed save sets the state (onError); the chain goes on
          if (draft) await mutateAsync({ values: draft }).catch(() => {});
        });
      }, delayMs);
    },
    [mutateAsync, view.id, delayMs, ready],
  );
  /** Sends a save that is still waiting for its debounce now (before submit and the like). */
  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const values = pending.current;
    pending.current = undefined;
    await checking.current;
    if (values === undefined) return;
    const draft = await ready(values);
    if (draft) await mutateAsync({ values: draft });
  }, [mutateAsync, ready]);
  /**
   * After a 412: sends `patch` over the newer version the user has seen (`newerEtag`). The
   * localStorage mirror is removed only when this save succeeds.
   */
  const keepMine = useCallback(
    async (newerEtag: string, patch: unknown) => {
      if (timer.current) clearTimeout(timer.current);
      pending.current = undefined;
      etag.current = newerEtag;
      await mutateAsync({ values: patch as Record<string, unknown>, asPatch: true });
    },
    [mutateAsync],
  );
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return { save, flush, keepMine, state, etag, acknowledged };
}
