import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { caseSystems, followUpFindings, type Strategy } from "eva-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type ApiClient, ApiError } from "../api/client.js";
import type { AssessmentView, Me } from "../api/types.js";
import { browserToday } from "./today.js";

/** The follow-up date of an approved assessment when it has passed without a record since. */
function overdueDate(a: AssessmentView, today: string): string | null {
  if (a.status !== "approved" || !a.assessment.conclusion) return null;
  const records = a.lastFollowUpAt ? [{ recordedAt: a.lastFollowUpAt }] : [];
  // a stored approved assessment passed the full schema; the draft type only marks fields optional
  const conclusion = a.assessment.conclusion as Parameters<typeof followUpFindings>[0]["conclusion"];
  const f = followUpFindings({ conclusion }, records, today)[0];
  return f ? String(f.params?.date ?? "") : null;
}

/** The organization's assessments (overdue follow-ups marked), and a form to start one for a case. */
export function AssessmentList({
  api,
  me,
  onOpen,
  today = browserToday(),
}: {
  api: ApiClient;
  me: Me;
  onOpen: (id: string) => void;
  today?: string;
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ["assessments"],
    queryFn: async () =>
      (await api.request<{ items: AssessmentView[] }>("GET", "/v1/assessments?limit=100")).data.items,
  });
  const strategies = useQuery({
    queryKey: ["strategies"],
    queryFn: async () => (await api.request<{ items: Strategy[] }>("GET", "/v1/strategies")).data.items,
  });
  const [system, setSystem] = useState<string>("dynasty");
  const [caseId, setCaseId] = useState("");
  const [errors, setErrors] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: async () =>
      (
        await api.request<AssessmentView>("POST", "/v1/assessments", {
          body: {
            caseRef: { organization: me.organization, system, caseId },
            strategyId: strategies.data?.[0]?.id ?? "",
          },
        })
      ).data,
    onSuccess: (view) => {
      void client.invalidateQueries({ queryKey: ["assessments"] });
      onOpen(view.id);
    },
    onError: (e) =>
      setErrors(
        e instanceof ApiError
          ? (e.problem.errors ?? [])
              .map((x) => `${x.path}: ${x.message}`)
              .concat(e.problem.errors ? [] : [e.problem.title])
          : [String(e)],
      ),
  });
  const lang = i18n.language as "fi" | "sv" | "en";
  return (
    <>
      <h1>{t("list.title")}</h1>
      {list.data && list.data.length === 0 && <p>{t("list.empty")}</p>}
      <ul className="assessments">
        {list.data?.map((a) => {
          const overdue = overdueDate(a, today);
          return (
            <li key={a.id}>
              <button type="button" className="link" onClick={() => onOpen(a.id)}>
                {a.assessment.basics?.title || a.assessment.basics?.caseRef?.caseId || a.id}
              </button>{" "}
              <span className="meta">
                {a.assessment.basics?.caseRef?.caseId} · {t(`list.status.${a.status}`)} · v{a.version}
              </span>
              {overdue && <strong className="overdue"> {t("followUp.overdue", { date: overdue })}</strong>}
            </li>
          );
        })}
      </ul>
      {me.roles.includes("preparer") && (
        <form
          className="card"
          onSubmit={(e) => {
            e.preventDefault();
            setErrors([]);
            create.mutate();
          }}
        >
          <h2>{t("create.title")}</h2>
          <label htmlFor="create-system">{t("create.system")}</label>
          <select id="create-system" value={system} onChange={(e) => setSystem(e.target.value)}>
            {caseSystems.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <label htmlFor="create-case">{t("create.caseId")}</label>
          <input id="create-case" value={caseId} onChange={(e) => setCaseId(e.target.value)} />
          <p className="hint">
            {t("create.strategy")}: {strategies.data?.[0]?.name[lang] ?? strategies.data?.[0]?.name.fi ?? "–"}
          </p>
          {errors.length > 0 && (
            <ul role="alert">
              {errors.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
          )}
          <button type="submit">{t("create.submit")}</button>
        </form>
      )}
    </>
  );
}
