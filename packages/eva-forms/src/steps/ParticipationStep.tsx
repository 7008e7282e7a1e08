import { participantGroups, participationMethods } from "eva-core";
import { useFieldArray, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";

export const fields = ["participation"] as const;

export function ParticipationStep({ readOnly }: { readOnly?: boolean }) {
  const { t } = useTranslation();
  const { register, control } = useFormContext();
  const { fields: items, append } = useFieldArray({ control, name: "participation", keyName: "key" });
  return (
    <>
      {items.map((item, i) => (
        <fieldset key={item.key} disabled={readOnly}>
          <legend>
            {t("participation.who")} {i + 1}
          </legend>
          <label htmlFor={`participation.${i}.who`}>{t("participation.who")}</label>
          <input id={`participation.${i}.who`} {...register(`participation.${i}.who`)} />
          <label htmlFor={`participation.${i}.group`}>{t("participation.group")}</label>
          <select id={`participation.${i}.group`} {...register(`participation.${i}.group`)}>
            {participantGroups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
          <label htmlFor={`participation.${i}.method`}>{t("participation.method")}</label>
          <select id={`participation.${i}.method`} {...register(`participation.${i}.method`)}>
            {participationMethods.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
          <label htmlFor={`participation.${i}.summary`}>{t("participation.summary")}</label>
          <textarea id={`participation.${i}.summary`} rows={2} {...register(`participation.${i}.summary`)} />
          <label htmlFor={`participation.${i}.changes`}>{t("participation.changes")}</label>
          <textarea id={`participation.${i}.changes`} rows={2} {...register(`participation.${i}.changes`)} />
        </fieldset>
      ))}
      {!readOnly && (
        <button type="button" onClick={() => append({ group: "residents", method: "survey", summary: "" })}>
          {t("participation.add")}
        </button>
      )}
    </>
  );
}
