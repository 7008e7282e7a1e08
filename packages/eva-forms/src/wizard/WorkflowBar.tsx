import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, InlineAlert, Textarea } from "suomifi-ui-components";
import { type ApiClient, ApiError, type Problem } from "../api/client.js";
import type { AssessmentView } from "../api/types.js";
import { ConfirmDialog } from "../components/field/index.js";

export type WorkflowAction = "submit" | "approve" | "return" | "reopen";

/**
 * Submit (preparer); approve or return with a comment (approver); reopen an approved one. Approve,
 * return and reopen ask first (what happens, in words); each action ends in a "Tehty."-style result
 * that the page shows after it reloads (onDone). A refused action says why: submit's missing parts
 * go to the wizard (onRejected), which marks them on the fields; others are listed here.
 */
export function WorkflowBar({
  api,
  view,
  etag,
  roles,
  onDone,
  beforeAction,
  beforeSubmit,
  onRejected,
}: {
  api: ApiClient;
  view: AssessmentView;
  etag: { current: string };
  roles: string[];
  onDone: (action: WorkflowAction) => void;
  /** sends a pending autosave first, so the action acts on what the user sees */
  beforeAction?: () => Promise<void>;
  /** checks the draft as submit will; false: the wizard shows what is open and nothing is sent */
  beforeSubmit?: () => boolean | Promise<boolean>;
  /** a 422 from submit: its errors and error findings, for the wizard to show on the fields */
  onRejected?: (problem: Problem) => void;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string[]>([]);
  const [comment, setComment] = useState("");
  const [asking, setAsking] = useState<Exclude<WorkflowAction, "submit"> | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (action: WorkflowAction, body?: unknown) => {
    setMessage([]);
    setBusy(true);
    try {
      await beforeAction?.();
      if (action === "submit" && beforeSubmit && !(await beforeSubmit())) return;
      await api.request("POST", `/v1/assessments/${encodeURIComponent(view.id)}/${action}`, {
        etag: etag.current,
        ...(body ? { body } : {}),
      });
      onDone(action);
    } catch (e) {
      if (e instanceof ApiError && e.status === 422 && action === "submit" && onRejected)
        onRejected(e.problem);
      else if (e instanceof ApiError)
        setMessage([
          `${t("workflow.failed")} ${e.problem.title}`,
          ...(e.problem.detail ? [e.problem.detail] : []),
          ...(e.problem.errors ?? []).map((x) => x.message),
        ]);
      else setMessage([`${t("workflow.failed")} ${String(e)}`]);
    } finally {
      setBusy(false);
      setAsking(null);
    }
  };
  return (
    <div className="workflow">
      {view.status === "draft" && roles.includes("preparer") && (
        <Button onClick={() => void act("submit")} disabled={busy}>
          {t("workflow.submit")}
        </Button>
      )}
      {view.status === "submitted" && roles.includes("approver") && (
        <>
          <Button onClick={() => setAsking("approve")} disabled={busy}>
            {t("workflow.approve")}
          </Button>
          <div className="workflow-return">
            <Textarea
              id="return-comment"
              labelText={t("workflow.returnComment")}
              rows={2}
              fullWidth
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
            <Button
              variant="secondary"
              disabled={!comment.trim() || busy}
              onClick={() => setAsking("return")}
            >
              {t("workflow.return")}
            </Button>
          </div>
        </>
      )}
      {view.status === "approved" && roles.includes("approver") && (
        <Button variant="secondary" onClick={() => setAsking("reopen")} disabled={busy}>
          {t("workflow.reopen")}
        </Button>
      )}
      {message.length > 0 && (
        <InlineAlert status="error" role="alert" className="workflow-error">
          <ul>
            {message.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </InlineAlert>
      )}
      {asking && (
        <ConfirmDialog
          title={t(`workflow.confirm.${asking}.title`)}
          confirm={t(`workflow.confirm.${asking}.ok`)}
          cancel={t("workflow.cancel")}
          busy={busy}
          onConfirm={() => void act(asking, asking === "return" ? { comment } : undefined)}
          onCancel={() => setAsking(null)}
        >
          <p>{t(`workflow.confirm.${asking}.body`, { comment, version: view.version })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
