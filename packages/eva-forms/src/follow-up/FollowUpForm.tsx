import type { AssessmentDraft, FollowUpRecord, ImpactFramework, Strategy } from "eva-core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  InlineAlert,
  Paragraph,
  Textarea,
  TextInput,
} from "suomifi-ui-components";
import { type ApiClient, ApiError } from "../api/client.js";
import { DateTextInput } from "../components/date-text-input/index.js";
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
    // no date (or one that is not a date): the field says so, nothing is sent
    if (!recordedAt) {
      document.getElementById(`${uid}-date`)?.focus();
      return;
    }
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
      <Heading variant="h2" id={`${uid}-title`}>
        {t("followUp.record")}
      </Heading>
      <DateTextInput
        id={`${uid}-date`}
        label={t("followUp.recordedAt")}
        value={recordedAt}
        onChange={setRecordedAt}
      />
      <Paragraph className="hint">{t("followUp.realisedHint")}</Paragraph>
      {criteria.map((c, i) => {
        const r = realised[c] ?? { value: "", justification: "" };
        const set = (patch: Partial<typeof r>) => setRealised({ ...realised, [c]: { ...r, ...patch } });
        return (
          <fieldset key={c}>
            <legend>{criterionName(c, strategy, framework, lang)}</legend>
            <p className="hint">{t("followUp.predictedWas", { value: signedRating(predicted.get(c), t) })}</p>
            {/* nine choices: a Suomi.fi Dropdown (radios are for five or fewer); the empty one records nothing */}
            <Dropdown
              id={`${uid}-v${i}`}
              className="field select-field"
              labelText={t("followUp.realised")}
              visualPlaceholder={t("followUp.notRecorded")}
              value={r.value}
              onChange={(v) => set({ value: v })}
            >
              {[
                <DropdownItem key="" value="">
                  {t("followUp.notRecorded")}
                </DropdownItem>,
                ...scale.map((v) => (
                  <DropdownItem key={v} value={v}>
                    {signedRating(Number(v), t)}
                  </DropdownItem>
                )),
                <DropdownItem key="not-assessed" value="not-assessed">
                  {t("rating.notAssessed")}
                </DropdownItem>,
              ]}
            </Dropdown>
            <Textarea
              id={`${uid}-j${i}`}
              labelText={t("rating.justification")}
              rows={2}
              fullWidth
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
                <TextInput
                  id={`${uid}-i${i}`}
                  labelText={name}
                  type="number"
                  step="any"
                  value={m.value}
                  onChange={(v) => set({ value: String(v ?? "") })}
                />
                <TextInput
                  id={`${uid}-b${i}`}
                  labelText={t("followUp.baseline", { name })}
                  type="number"
                  step="any"
                  value={m.baseline}
                  onChange={(v) => set({ baseline: String(v ?? "") })}
                />
              </div>
            );
          })}
        </fieldset>
      )}
      <Textarea
        id={`${uid}-notes`}
        labelText={t("followUp.notes")}
        rows={3}
        fullWidth
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
      />
      {errors.length > 0 && (
        <InlineAlert status="error" role="alert">
          <ul>
            {errors.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </InlineAlert>
      )}
      <Button type="submit" disabled={busy}>
        {t("followUp.submit")}
      </Button>
    </form>
  );
}
