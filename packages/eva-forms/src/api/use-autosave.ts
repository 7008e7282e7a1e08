import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { type ApiClient, ApiError } from "./client.js";
import type { AssessmentView } from "./types.js";
import { withDeletions } from "./with-deletions.js";

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "failed" }
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

/**
 * Autosave: a debounced JSON Merge Patch with If-Match, through one react-query mutation scope so
 * saves never race; a 412 stops saving and asks the user; failures retry. Typed values are kept in
 * localStorage until acknowledged, so nothing typed is lost on reload.
 */
export function useAutosave(api: ApiClient, view: AssessmentView, delayMs = 800) {
  const etag = useRef(view.etag);
  /**
   * what the server last acknowledged: a save deletes what the form no longer has, and the
   * conflict dialog compares both sides with it
   */
  const acknowledged = useRef<unknown>(view.assessment);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mutation = useMutation({
    scope: { id: `autosave-${view.id}` },
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 3,
    // `values` is the whole form, turned into a merge patch against what the server has (computed
    // here, when the save's turn comes); a conflict resolution sends its own patch as it is
    mutationFn: ({ values, asPatch }: { values: unknown; asPatch?: boolean }) =>
      api.request<AssessmentView>("PATCH", `/v1/assessments/${encodeURIComponent(view.id)}`, {
        body: asPatch ? values : withDeletions(acknowledged.current, values),
        etag: etag.current,
        mergePatch: true,
      }),
    onMutate: () => setState({ kind: "saving" }),
    onSuccess: (res) => {
      etag.current = res.etag ?? res.data.etag;
      acknowledged.current = res.data.assessment;
      localStorage.removeItem(localKey(view.id));
      setState({ kind: "saved", at: new Date() });
    },
    onError: (error) =>
      setState(error instanceof ApiError && error.status === 412 ? { kind: "conflict" } : { kind: "failed" }),
  });
  const { mutate, mutateAsync } = mutation;
  const pending = useRef<unknown>(undefined);
  const save = useCallback(
    (values: unknown) => {
      localStorage.setItem(localKey(view.id), JSON.stringify(values));
      pending.current = values;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        pending.current = undefined;
        mutate({ values });
      }, delayMs);
    },
    [mutate, view.id, delayMs],
  );
  /** Sends a save that is still waiting for its debounce now (before submit and the like). */
  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const values = pending.current;
    pending.current = undefined;
    if (values !== undefined) await mutateAsync({ values });
  }, [mutateAsync]);
  /**
   * After a 412: sends `patch` over the newer version the user has seen (`newerEtag`). The
   * localStorage mirror is removed only when this save succeeds.
   */
  const keepMine = useCallback(
    async (newerEtag: string, patch: unknown) => {
      if (timer.current) clearTimeout(timer.current);
      pending.current = undefined;
      etag.current = newerEtag;
      await mutateAsync({ values: patch, asPatch: true });
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
