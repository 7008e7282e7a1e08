import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type ApiClient, ApiError } from "../api/client.js";
import type { AssessmentView } from "../api/types.js";

/** Submit (preparer), approve or return with a comment (approver), reopen an approved one. */
export function WorkflowBar({
  api,
  view,
  etag,
  roles,
  onDone,
  beforeAction,
}: {
  api: ApiClient;
  view: AssessmentView;
  etag: { current: string };
  roles: string[];
  onDone: () => void;
  /** sends a pending autosave first, so the action acts on what the user sees */
  beforeAction?: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string[]>([]);
  const [comment, setComment] = useState("");
  const act = async (action: string, body?: unknown) => {
    try {
      await beforeAction?.();
      await api.request("POST", `/v1/assessments/${encodeURIComponent(view.id)}/${action}`, {
        etag: etag.current,
        ...(body ? { body } : {}),
      });
      setMessage([t("workflow.done")]);
      onDone();
    } catch (e) {
      if (e instanceof ApiError)
        setMessage([e.problem.title, ...(e.problem.findings ?? []).map((f) => `${f.title} ${f.action}`)]);
    }
  };
  return (
    <div className="workflow">
      {view.status === "draft" && roles.includes("preparer") && (
        <button type="button" onClick={() => void act("submit")}>
          {t("workflow.submit")}
        </button>
      )}
      {view.status === "submitted" && roles.includes("approver") && (
        <>
          <button type="button" onClick={() => void act("approve")}>
            {t("workflow.approve")}
          </button>
          <label htmlFor="return-comment">{t("workflow.returnComment")}</label>
          <textarea
            id="return-comment"
            rows={2}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <button type="button" disabled={!comment.trim()} onClick={() => void act("return", { comment })}>
            {t("workflow.return")}
          </button>
        </>
      )}
      {view.status === "approved" && roles.includes("approver") && (
        <button type="button" onClick={() => void act("reopen")}>
          {t("workflow.reopen")}
        </button>
      )}
      {message.length > 0 && (
        <ul role="status">
          {message.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
