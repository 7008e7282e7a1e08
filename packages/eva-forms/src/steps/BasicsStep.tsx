import { useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";

export const fields = [
  "basics.title",
  "basics.decisionBody",
  "basics.preparer.name",
  "basics.problem",
  "basics.objective",
  "screening.outcome",
] as const;

export function BasicsStep() {
  const { t } = useTranslation();
  const { register } = useFormContext();
  return (
    <>
      <label htmlFor="basics.title">{t("basics.title")}</label>
      <input id="basics.title" {...register("basics.title")} />
      <label htmlFor="basics.decisionBody">{t("basics.decisionBody")}</label>
      <input id="basics.decisionBody" {...register("basics.decisionBody")} />
      <label htmlFor="basics.preparer.name">{t("basics.preparer")}</label>
      <input id="basics.preparer.name" autoComplete="name" {...register("basics.preparer.name")} />
      <label htmlFor="basics.deadline">{t("basics.deadline")}</label>
      <input
        id="basics.deadline"
        type="date"
        {...register("basics.deadline", { setValueAs: (v: string) => v || undefined })}
      />
      <label htmlFor="basics.problem">{t("basics.problem")}</label>
      <textarea id="basics.problem" rows={4} {...register("basics.problem")} />
      <label htmlFor="basics.objective">{t("basics.objective")}</label>
      <textarea id="basics.objective" rows={3} {...register("basics.objective")} />
      <fieldset>
        <legend>{t("basics.outcome")}</legend>
        {(["full", "light", "none"] as const).map((o) => (
          <label key={o} className="inline">
            <input type="radio" value={o} {...register("screening.outcome")} /> {t(`basics.outcome.${o}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor="screening.reason">{t("basics.reason")}</label>
      <textarea id="screening.reason" rows={2} {...register("screening.reason")} />
    </>
  );
}
