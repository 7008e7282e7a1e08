import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiClient } from "../api/client.js";
import type { AssessmentView } from "../api/types.js";
import { ChangeList } from "../changes/ChangeList.js";
import type { CriterionNames } from "../changes/describe.js";
import { diffLeaves, mergePatchOf } from "../changes/diff.js";

export interface ConflictDialogProps {
  api: ApiClient;
  id: string;
  /** what this browser last knew the server to have */
  base: unknown;
  /** the user's values that the server refused (412) */
  mine: unknown;
  /** re-PATCH only what the user changed, over the newer version's ETag */
  onKeepMine: (newerEtag: string, patch: Record<string, unknown>) => Promise<void>;
  onLoadNewer: () => void;
  /** criteria by name, as the wizard shows them */
  names?: CriterionNames;
}

/**
 * The autosave conflict (412) as a modal dialog: what changed on the server and what the user
 * changed, both against the version the user started from; keep mine or load the newer one.
 * Focus moves into the dialog and back to where it was; Escape does not dismiss it, because
 * saving stays stopped until the user chooses.
 */
export function ConflictDialog({ api, id, base, mine, onKeepMine, onLoadNewer, names }: ConflictDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const newer = useQuery({
    queryKey: ["conflict", id],
    gcTime: 0,
    staleTime: 0,
    queryFn: async () => {
      const res = await api.request<AssessmentView>("GET", `/v1/assessments/${encodeURIComponent(id)}`);
      return { ...res.data, etag: res.etag ?? res.data.etag };
    },
  });
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const d = ref.current;
    // jsdom has no showModal; the attribute gives the same markup there
    if (d && typeof d.showModal === "function" && !d.open) d.showModal();
    else d?.setAttribute("open", "");
    heading.current?.focus();
    return () => {
      if (d?.open && typeof d.close === "function") d.close();
      if (before?.isConnected) before.focus();
    };
  }, []);
  const theirs = newer.data ? diffLeaves(base, newer.data.assessment) : [];
  const ours = diffLeaves(base, mine);
  const keep = async () => {
    if (!newer.data) return;
    setBusy(true);
    setFailed(null);
    try {
      await onKeepMine(newer.data.etag, mergePatchOf(base, mine));
    } catch {
      setFailed(t("conflict.keepFailed"));
      void newer.refetch();
    } finally {
      setBusy(false);
    }
  };
  return (
    <dialog
      ref={ref}
      className="conflict"
      aria-labelledby="conflict-title"
      aria-describedby="conflict-intro"
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id="conflict-title" ref={heading} tabIndex={-1}>
        {t("conflict.title")}
      </h2>
      <p id="conflict-intro">{t("conflict.intro")}</p>
      <h3>{t("conflict.theirs")}</h3>
      {newer.isPending ? (
        <p aria-busy="true">{t("conflict.loading")}</p>
      ) : newer.isError ? (
        <p role="alert">{t("conflict.loadFailed")}</p>
      ) : (
        <ChangeList changes={theirs} doc={newer.data.assessment} names={names} />
      )}
      <h3>{t("conflict.mine")}</h3>
      <ChangeList changes={ours} doc={mine} names={names} />
      {failed && <p role="alert">{failed}</p>}
      <div className="buttons">
        <button type="button" disabled={!newer.data || busy} onClick={() => void keep()}>
          {t("conflict.keepMine")}
        </button>
        <button type="button" disabled={busy} onClick={onLoadNewer}>
          {t("conflict.loadNewer")}
        </button>
      </div>
      <p className="hint">{t("conflict.safe")}</p>
    </dialog>
  );
}
