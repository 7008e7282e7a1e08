import { defaultRiskScale, type RiskScale } from "eva-core";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Button, IconPlus, IconRemove } from "suomifi-ui-components";
import { CheckboxField, type Option, TextField } from "../components/field/index.js";
import { SelectField } from "../components/field/select-field.js";
import { riskCategoryOptions } from "../i18n/options.js";

export const fields = ["risks"] as const;

const newId = () => `r-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/** The levels 1..n of the assessment's risk scale, in words on the default five-level scale. */
function levelOptions(n: number, t: (k: string) => string): Option[] {
  return Array.from({ length: n }, (_, i) => ({
    value: String(i + 1),
    label: n === 5 ? `${i + 1} – ${t(`risks.level.${i + 1}`)}` : String(i + 1),
  }));
}

/** Riskit: per alternative, likelihood × consequence on the assessment's scale, mitigation, owner. */
export function RisksStep() {
  const { t } = useTranslation();
  const { control } = useFormContext();
  const { fields: items, append, remove } = useFieldArray({ control, name: "risks.items", keyName: "key" });
  const alternatives = (useWatch({ name: "alternatives" }) ?? []) as Array<{ id: string; name?: string }>;
  const scale = (useWatch({ name: "risks.scale" }) as RiskScale | undefined) ?? defaultRiskScale;
  const likelihood = levelOptions(scale.likelihoodLevels, t);
  const consequence = levelOptions(scale.consequenceLevels, t);
  const alternativeOptions = alternatives.map((a, i) => ({
    value: a.id,
    label: a.name?.trim() || t("alternatives.unnamed", { n: i + 1 }),
  }));
  return (
    <>
      <p className="hint">{t("risks.scaleHint", { max: scale.likelihoodLevels })}</p>
      {items.map((item, i) => (
        <fieldset key={item.key} className="card">
          <legend>{t("risks.item", { n: i + 1 })}</legend>
          <TextField name={`risks.items.${i}.title`} label={t("risks.titleField")} maxLength={200} />
          <SelectField
            name={`risks.items.${i}.alternativeId`}
            label={t("risks.alternative")}
            options={alternativeOptions}
          />
          <SelectField
            name={`risks.items.${i}.category`}
            label={t("risks.category")}
            options={riskCategoryOptions(t)}
          />
          <SelectField
            name={`risks.items.${i}.likelihood`}
            label={t("risks.likelihood")}
            options={likelihood}
            numeric
          />
          <SelectField
            name={`risks.items.${i}.consequence`}
            label={t("risks.consequence")}
            options={consequence}
            numeric
          />
          <TextField
            name={`risks.items.${i}.mitigation`}
            label={t("risks.mitigation")}
            rows={2}
            maxLength={2000}
          />
          <TextField name={`risks.items.${i}.owner`} label={t("risks.owner")} maxLength={200} />
          <SelectField
            name={`risks.items.${i}.residualLikelihood`}
            label={t("risks.residualLikelihood")}
            options={likelihood}
            numeric
            placeholder={t("common.select")}
          />
          <SelectField
            name={`risks.items.${i}.residualConsequence`}
            label={t("risks.residualConsequence")}
            options={consequence}
            numeric
            placeholder={t("common.select")}
          />
          <CheckboxField name={`risks.items.${i}.public`} label={t("risks.public")} />
          <Button variant="secondary" icon={<IconRemove />} onClick={() => remove(i)}>
            {t("risks.remove", { n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      {alternatives[0] ? (
        <Button
          variant="secondary"
          icon={<IconPlus />}
          onClick={() =>
            append({
              id: newId(),
              alternativeId: alternatives[0]?.id,
              title: "",
              category: "operational",
              likelihood: 1,
              consequence: 1,
              public: true,
            })
          }
        >
          {t("risks.add")}
        </Button>
      ) : (
        <p>{t("risks.noAlternatives")}</p>
      )}
    </>
  );
}
