import { useTranslation } from "react-i18next";
import { ConvertedField, YesNoField } from "../components/field/index.js";

// the questions of ScreeningSchema.answers, in the order PRODUCT.md lists them
const questions = [
  "costAboveThreshold",
  "affectsChildren",
  "affectsServices",
  "affectsEnvironment",
  "affectsPersonnel",
  "affectsLanguageRights",
  "irreversible",
] as const;

/** Esiarvioinnin kysymykset: yes or no each, and the estimated cost in euros. */
export function ScreeningQuestions() {
  const { t } = useTranslation();
  return (
    <>
      <p>{t("screening.intro")}</p>
      {questions.map((q) => (
        <YesNoField
          key={q}
          name={`screening.answers.${q}`}
          legend={t(`screening.q.${q}`)}
          yes={t("screening.yes")}
          no={t("screening.no")}
        />
      ))}
      <ConvertedField
        name="screening.estimatedCost"
        kind="euros"
        label={t("screening.estimatedCost")}
        hint={t("screening.estimatedCostHint")}
        min={0}
        max={1e12}
      />
    </>
  );
}
