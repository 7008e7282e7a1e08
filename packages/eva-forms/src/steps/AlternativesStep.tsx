import { useFieldArray, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";

export const fields = ["alternatives"] as const;

export function AlternativesStep() {
  const { t } = useTranslation();
  const { register, control } = useFormContext();
  const { fields: items, append, remove } = useFieldArray({ control, name: "alternatives", keyName: "key" });
  return (
    <div id="alternatives" tabIndex={-1}>
      {items.map((item, i) => (
        <fieldset key={item.key}>
          <legend>{t("alternatives.item", { n: i + 1 })}</legend>
          <label htmlFor={`alternatives.${i}.name`}>{t("alternatives.name")}</label>
          <input id={`alternatives.${i}.name`} {...register(`alternatives.${i}.name`)} />
          <label htmlFor={`alternatives.${i}.description`}>{t("alternatives.description")}</label>
          <textarea
            id={`alternatives.${i}.description`}
            rows={2}
            {...register(`alternatives.${i}.description`)}
          />
          <label className="inline">
            <input type="checkbox" {...register(`alternatives.${i}.baseline`)} /> {t("alternatives.baseline")}
          </label>
          <button type="button" onClick={() => remove(i)}>
            {t("alternatives.remove")}
          </button>
        </fieldset>
      ))}
      {items.length < 6 && (
        <button
          type="button"
          onClick={() =>
            append({
              id: `alt-${Date.now().toString(36)}`,
              name: "",
              description: "",
              baseline: items.length === 0,
            })
          }
        >
          {t("alternatives.add")}
        </button>
      )}
    </div>
  );
}
