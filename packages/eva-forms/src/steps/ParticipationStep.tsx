import { useFieldArray, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Button, IconPlus, IconRemove } from "suomifi-ui-components";
import { ConvertedField, TextField } from "../components/field/index.js";
import { SelectField } from "../components/field/select-field.js";
import { participantGroupOptions, participationMethodOptions } from "../i18n/options.js";

export const fields = ["participation"] as const;

/** Osallistaminen: who was heard, how and when, what they said and what changed because of it. */
export function ParticipationStep() {
  const { t } = useTranslation();
  const { control } = useFormContext();
  const { fields: items, append, remove } = useFieldArray({ control, name: "participation", keyName: "key" });
  return (
    <>
      {items.map((item, i) => (
        <fieldset key={item.key} className="card">
          <legend>{t("participation.item", { n: i + 1 })}</legend>
          <SelectField
            name={`participation.${i}.group`}
            label={t("participation.group")}
            options={participantGroupOptions(t)}
          />
          <TextField
            name={`participation.${i}.who`}
            label={t("participation.who")}
            hint={t("participation.whoHint")}
            maxLength={300}
          />
          <SelectField
            name={`participation.${i}.method`}
            label={t("participation.method")}
            options={participationMethodOptions(t)}
          />
          <ConvertedField
            name={`participation.${i}.date`}
            kind="date"
            label={t("participation.date")}
            hint={t("basics.deadlineHint")}
          />
          <TextField
            name={`participation.${i}.summary`}
            label={t("participation.summary")}
            rows={3}
            maxLength={3000}
          />
          <TextField
            name={`participation.${i}.changes`}
            label={t("participation.changes")}
            rows={2}
            maxLength={3000}
          />
          <Button variant="secondary" icon={<IconRemove />} onClick={() => remove(i)}>
            {t("participation.remove", { n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      <Button
        variant="secondary"
        icon={<IconPlus />}
        onClick={() => append({ group: "residents", method: "survey", summary: "" })}
      >
        {t("participation.add")}
      </Button>
    </>
  );
}
