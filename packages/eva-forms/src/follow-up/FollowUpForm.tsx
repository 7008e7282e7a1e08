import type { AssessmentDraft, FollowUpRecord, ImpactFramework, Strategy } from "eva-core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type ApiClient, ApiError } from "../api/client.js";
import { criterionName } from "./criterion-name.js";
import { signedRating } from "./rating-text.js";

type Lang = "fi" | "sv" | "en";
const scale = ["-3", "-2", "-1", "0", "1", "2", "3"] as const;

/**
 * Records realised impacts (−3..+3 or not assessed, each with a justification) for the criteria
 * the chosen alternative was rated on, and the strategy's indicator values. Empty rows are left out.
 */
export function FollowUpForm({
  api,
  id,
  etag,
  assessment,
  strategy,
  framework,
  today,
  who,
  onRecorded,
}: {
  api: ApiClient;
  id: string;
  etag: string;
  assessment: AssessmentDraft;
  strategy: Strategy;
  framework: ImpactFramework;
  today: string;
  /** the signed-in user's name, kept as who recorded it */
  who?: string;
  onRecorded: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const uid = useId();
  const chosen = assessment.conclusion?.recommendedAlternativeId;
  const criteria = [
    ...new Set(
      (assessment.ratings ?? []).filter((r) => r.alternativeId === chosen).map((r) => r.criterionId),
    ),
  ];
  const predicted = new Map(
    (assessment.ratings ?? []).filter((r) => r.alternativeId === chosen).map((r) => [r.criterionId, r.value]),
  );
  const indicators = strategy.goals.flatMap((g) => g.indicators.map((ind) => ({ goal: g, ind })));
  const [recordedAt, setRecordedAt] = useState(today);
  const [notes, setNotes] = useState("");
  const [realised, setRealised] = useState<Record<string, { value: string; justification: string }>>({});
  const [measured, setMeasured] = useState<Record<string, { value: string; baseline: string }>>({});
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const record: FollowUpRecord = {
      recordedAt,
      ...(who ? { recordedBy: who } : {}),
      realised: criteria.flatMap((c) => {
        const r = realised[c];
        if (!r?.value) return [];
        return [
          {
            criterionId: c,
            value: r.value === "not-assessed" ? "not-assessed" : (Number(r.value) as -3),
            justification: r.justification,
          },
        ];
      }),
      indicators: indicators.flatMap(({ goal, ind }) => {
        const m = measured[`${goal.id}/${ind.id}`];
        if (!m?.value.trim()) return [];
        return [
          {
            goalId: goal.id,
            indicatorId: ind.id,
            value: Number(m.value),
            ...(m.baseline.trim() ? { baseline: Number(m.baseline) } : {}),
          },
        ];
      }),
      ...(notes.trim() ? { notes } : {}),
    };
    setBusy(true);
    setErrors([]);
    try {
      await api.request("POST", `/v1/assessments/${encodeURIComponent(id)}/follow-ups`, {
        body: record,
        etag,
      });
      onRecorded();
    } catch (e) {
      setErrors(
        e instanceof ApiError
          ? [e.problem.title, ...(e.problem.errors ?? []).map((x) => `${x.path}: ${x.message}`)]
          : [String(e)],
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="card follow-up-form"
      aria-labelledby={`${uid}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${uid}-title`}>{t("followUp.record")}</h2>
      <label htmlFor={`${uid}-date`}>{t("followUp.recordedAt")}</label>
      <input
        id={`${uid}-date`}
        type="date"
        required
        value={recordedAt}
        onChange={(e) => setRecordedAt(e.target.value)}
      />
      <p className="hint">{t("followUp.realisedHint")}</p>
      {criteria.map((c, i) => {
        const r = realised[c] ?? { value: "", justification: "" };
        const set = (patch: Partial<typeof r>) => setRealised({ ...realised, [c]: { ...r, ...patch } });
        return (
          <fieldset key={c}>
            <legend>{criterionName(c, strategy, framework, lang)}</legend>
            <p className="hint">{t("followUp.predictedWas", { value: signedRating(predicted.get(c), t) })}</p>
            <label htmlFor={`${uid}-v${i}`}>{t("followUp.realised")}</label>
            <select id={`${uid}-v${i}`} value={r.value} onChange={(e) => set({ value: e.target.value })}>
              <option value="">{t("followUp.notRecorded")}</option>
              {scale.map((v) => (
                <option key={v} value={v}>
                  {signedRating(Number(v), t)}
                </option>
              ))}
              <option value="not-assessed">{t("rating.notAssessed")}</option>
            </select>
            <label htmlFor={`${uid}-j${i}`}>{t("rating.justification")}</label>
            <textarea
              id={`${uid}-j${i}`}
              rows={2}
              value={r.justification}
              onChange={(e) => set({ justification: e.target.value })}
            />
          </fieldset>
        );
      })}
      {indicators.length > 0 && (
        <fieldset>
          <legend>{t("followUp.indicators")}</legend>
          {indicators.map(({ goal, ind }, i) => {
            const key = `${goal.id}/${ind.id}`;
            const m = measured[key] ?? { value: "", baseline: "" };
            const set = (patch: Partial<typeof m>) => setMeasured({ ...measured, [key]: { ...m, ...patch } });
            const name = `${ind.name[lang] ?? ind.name.fi}${ind.unit ? ` (${ind.unit})` : ""}`;
            return (
              <div key={key} className="indicator">
                <label htmlFor={`${uid}-i${i}`}>{name}</label>
                <input
                  id={`${uid}-i${i}`}
                  type="number"
                  step="any"
                  value={m.value}
                  onChange={(e) => set({ value: e.target.value })}
                />
                <label htmlFor={`${uid}-b${i}`}>{t("followUp.baseline", { name })}</label>
                <input
                  id={`${uid}-b${i}`}
                  type="number"
                  step="any"
                  value={m.baseline}
                  onChange={(e) => set({ baseline: e.target.value })}
                />
              </div>
            );
          })}
        </fieldset>
      )}
      <label htmlFor={`${uid}-notes`}>{t("followUp.notes")}</label>
      <textarea id={`${uid}-notes`} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      {errors.length > 0 && (
        <ul role="alert">
          {errors.map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>
      )}
      <button type="submit" disabled={busy}>
        {t("followUp.submit")}
      </button>
    </form>
  );
}
