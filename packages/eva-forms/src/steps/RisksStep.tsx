import { riskCategories } from "eva-core";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";

export const fields = ["risks"] as const;

export function RisksStep({ readOnly }: { readOnly?: boolean }) {
  const { t } = useTranslation();
  const { register, control } = useFormContext();
  const { fields: items, append } = useFieldArray({ control, name: "risks.items", keyName: "key" });
  const alternatives = (useWatch({ name: "alternatives" }) ?? []) as Array<{ id: string; name?: string }>;
  const int = { setValueAs: (v: string) => (v === "" ? undefined : Number(v)) };
  return (
    <>
      {items.map((item, i) => (
        <fieldset key={item.key} disabled={readOnly}>
          <legend>
            {t("risks.title")} {i + 1}
          </legend>
          <label htmlFor={`risks.items.${i}.title`}>{t("risks.title")}</label>
          <input id={`risks.items.${i}.title`} {...register(`risks.items.${i}.title`)} />
          <label htmlFor={`risks.items.${i}.alternativeId`}>{t("risks.alternative")}</label>
          <select id={`risks.items.${i}.alternativeId`} {...register(`risks.items.${i}.alternativeId`)}>
            {alternatives.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name || a.id}
              </option>
            ))}
          </select>
          <label htmlFor={`risks.items.${i}.category`}>{t("risks.category")}</label>
          <select id={`risks.items.${i}.category`} {...register(`risks.items.${i}.category`)}>
            {riskCategories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
          <label htmlFor={`risks.items.${i}.likelihood`}>{t("risks.likelihood")}</label>
          <input
            id={`risks.items.${i}.likelihood`}
            type="number"
            min={1}
            max={5}
            {...register(`risks.items.${i}.likelihood`, int)}
          />
          <label htmlFor={`risks.items.${i}.consequence`}>{t("risks.consequence")}</label>
          <input
            id={`risks.items.${i}.consequence`}
            type="number"
            min={1}
            max={5}
            {...register(`risks.items.${i}.consequence`, int)}
          />
          <label htmlFor={`risks.items.${i}.mitigation`}>{t("risks.mitigation")}</label>
          <textarea
            id={`risks.items.${i}.mitigation`}
            rows={2}
            {...register(`risks.items.${i}.mitigation`)}
          />
          <label htmlFor={`risks.items.${i}.owner`}>{t("risks.owner")}</label>
          <input id={`risks.items.${i}.owner`} {...register(`risks.items.${i}.owner`)} />
        </fieldset>
      ))}
      {!readOnly && alternatives[0] && (
        <button
          type="button"
          onClick={() =>
            append({
              id: `r-${Date.now().toString(36)}`,
              alternativeId: alternatives[0]?.id,
              title: "",
              category: "operational",
              likelihood: 1,
              consequence: 1,
            })
          }
        >
          {t("risks.add")}
        </button>
      )}
    </>
  );
}
