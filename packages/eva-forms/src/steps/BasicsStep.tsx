import { isScreenedOut } from "eva-core";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ConvertedField, RadioField, TextField } from "../components/field/index.js";
import { outcomeOptions } from "../i18n/options.js";
import { PublicityFields } from "./PublicityFields.js";
import { ScreeningQuestions } from "./ScreeningQuestions.js";

/** Perustiedot: the case in words, who prepares it, the screening (esiarviointi) and publicity. */
export function BasicsStep() {
  const { t } = useTranslation();
  const screening = useWatch({ name: "screening" }) as
    | { outcome?: string; answers?: Record<string, boolean | undefined> }
    | undefined;
  const anyYes = Object.values(screening?.answers ?? {}).some((v) => v === true);
  const answered = Object.values(screening?.answers ?? {}).filter((v) => v !== undefined).length;
  return (
    <>
      <TextField name="basics.title" label={t("basics.title")} maxLength={200} />
      <TextField name="basics.decisionBody" label={t("basics.decisionBody")} maxLength={200} />
      <TextField
        name="basics.preparer.name"
        label={t("basics.preparer")}
        maxLength={200}
        autoComplete="name"
      />
      <TextField name="basics.presenter.name" label={t("basics.presenter")} maxLength={200} />
      <ConvertedField
        name="basics.deadline"
        kind="date"
        label={t("basics.deadline")}
        hint={t("basics.deadlineHint")}
      />
      <TextField name="basics.problem" label={t("basics.problem")} rows={4} maxLength={5000} />
      <TextField name="basics.objective" label={t("basics.objective")} rows={3} maxLength={5000} />
      <section className="subsection" aria-labelledby="screening-title">
        <h2 id="screening-title">{t("screening.title")}</h2>
        <ScreeningQuestions />
        {answered > 0 && (
          <p className="notice" role="status">
            {t(anyYes ? "screening.suggestFull" : "screening.suggestNone")}
          </p>
        )}
        <RadioField name="screening.outcome" legend={t("basics.outcome")} options={outcomeOptions(t)} />
        {isScreenedOut({ screening }) && <p className="notice">{t("screening.noneNotice")}</p>}
        <TextField
          name="screening.reason"
          label={t("basics.reason")}
          hint={t("screening.reasonHint")}
          rows={3}
          maxLength={2000}
        />
      </section>
      <PublicityFields />
    </>
  );
}
