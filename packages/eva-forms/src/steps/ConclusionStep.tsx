import { Controller, useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";

export const fields = ["conclusion.recommendedAlternativeId", "conclusion.justification"] as const;

export function ConclusionStep({ readOnly }: { readOnly?: boolean }) {
  const { t } = useTranslation();
  const { register, control } = useFormContext();
  const alternatives = (useWatch({ name: "alternatives" }) ?? []) as Array<{ id: string; name?: string }>;
  return (
    <fieldset disabled={readOnly} className="plain">
      <label htmlFor="conclusion.recommendedAlternativeId">{t("conclusion.recommended")}</label>
      <select id="conclusion.recommendedAlternativeId" {...register("conclusion.recommendedAlternativeId")}>
        <option value="">{t("common.select")}</option>
        {alternatives.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name || a.id}
          </option>
        ))}
      </select>
      <label htmlFor="conclusion.justification">{t("conclusion.justification")}</label>
      <textarea id="conclusion.justification" rows={5} {...register("conclusion.justification")} />
      <label htmlFor="conclusion.followUp.date">{t("conclusion.followUp")}</label>
      <input
        id="conclusion.followUp.date"
        type="date"
        {...register("conclusion.followUp.date", { setValueAs: (v: string) => v || undefined })}
      />
      <label htmlFor="conclusion.followUp.indicators">{t("conclusion.indicators")}</label>
      <Controller
        control={control}
        name="conclusion.followUp.indicators"
        render={({ field }) => (
          <textarea
            id="conclusion.followUp.indicators"
            rows={3}
            value={((field.value as string[] | undefined) ?? []).join("\n")}
            onChange={(e) => field.onChange(e.target.value.split("\n"))}
            onBlur={field.onBlur}
          />
        )}
      />
    </fieldset>
  );
}
