import { useState } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Button, IconPlus, IconRemove } from "suomifi-ui-components";
import { ConfirmDialog, RadioGroup, TextField } from "../components/field/index.js";

export const fields = ["alternatives"] as const;

type Alt = { id: string; name?: string; baseline?: boolean };
const newId = () => `alt-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/**
 * Vaihtoehdot: 2–6 ways to decide, one of them the zero option (chosen once, as a radio group, so
 * there can never be two). Removing an alternative removes what belongs to it (its ratings, cash
 * flows and risks, and the recommendation if it was this one), after a question when it has any.
 */
export function AlternativesStep() {
  const { t } = useTranslation();
  const { control, getValues, setValue } = useFormContext();
  const { fields: items, append, remove } = useFieldArray({ control, name: "alternatives", keyName: "key" });
  const alternatives = (useWatch({ name: "alternatives" }) ?? []) as Alt[];
  const [removing, setRemoving] = useState<number | null>(null);
  const nameOf = (i: number) => alternatives[i]?.name?.trim() || t("alternatives.unnamed", { n: i + 1 });
  const baseline = alternatives.findIndex((a) => a?.baseline);

  const owned = (id: string) => {
    const v = getValues() as {
      ratings?: Array<{ alternativeId: string }>;
      risks?: { items?: Array<{ alternativeId: string }> };
      economy?: { flows?: Array<{ alternativeId: string; rows?: unknown[] }> };
    };
    return {
      ratings: (v.ratings ?? []).filter((r) => r.alternativeId === id).length,
      risks: (v.risks?.items ?? []).filter((r) => r.alternativeId === id).length,
      flows: (v.economy?.flows ?? []).filter((f) => f.alternativeId === id && (f.rows?.length ?? 0) > 0)
        .length,
    };
  };
  const doRemove = (i: number) => {
    const id = alternatives[i]?.id;
    if (id) {
      const v = getValues() as {
        ratings?: Array<{ alternativeId: string }>;
        risks?: { items?: Array<{ alternativeId: string }> };
        economy?: { flows?: Array<{ alternativeId: string }> };
        conclusion?: { recommendedAlternativeId?: string };
      };
      if (v.ratings)
        setValue(
          "ratings",
          v.ratings.filter((r) => r.alternativeId !== id),
          { shouldDirty: true },
        );
      if (v.risks?.items)
        setValue(
          "risks.items",
          v.risks.items.filter((r) => r.alternativeId !== id),
          { shouldDirty: true },
        );
      if (v.economy?.flows)
        setValue(
          "economy.flows",
          v.economy.flows.filter((f) => f.alternativeId !== id),
          { shouldDirty: true },
        );
      if (v.conclusion?.recommendedAlternativeId === id)
        setValue("conclusion.recommendedAlternativeId", undefined, { shouldDirty: true });
    }
    remove(i);
    setRemoving(null);
  };
  const askRemove = (i: number) => {
    const id = alternatives[i]?.id;
    const o = id ? owned(id) : { ratings: 0, risks: 0, flows: 0 };
    if (o.ratings + o.risks + o.flows > 0) setRemoving(i);
    else doRemove(i);
  };

  return (
    <div id="alternatives" tabIndex={-1}>
      {items.length > 0 && (
        <RadioGroup
          id="alternatives-baseline"
          legend={t("alternatives.baselineLegend")}
          hint={t("alternatives.baselineHint")}
          options={items.map((_, i) => ({ value: String(i), label: nameOf(i) }))}
          value={baseline < 0 ? undefined : String(baseline)}
          onChange={(v) => {
            for (const j of alternatives.keys())
              setValue(`alternatives.${j}.baseline`, j === Number(v), { shouldDirty: true });
          }}
        />
      )}
      {items.map((item, i) => (
        <fieldset key={item.key} className="card">
          <legend>
            {t("alternatives.item", { n: i + 1 })}
            {alternatives[i]?.name?.trim() ? `: ${alternatives[i]?.name}` : ""}
          </legend>
          <TextField name={`alternatives.${i}.name`} label={t("alternatives.name")} maxLength={120} />
          <TextField
            name={`alternatives.${i}.shortName`}
            label={t("alternatives.shortName")}
            hint={t("alternatives.shortNameHint")}
            maxLength={30}
          />
          <TextField
            name={`alternatives.${i}.description`}
            label={t("alternatives.description")}
            rows={3}
            maxLength={5000}
          />
          <TextField
            name={`alternatives.${i}.actions`}
            label={t("alternatives.actions")}
            rows={2}
            maxLength={5000}
          />
          <Button variant="secondary" icon={<IconRemove />} onClick={() => askRemove(i)}>
            {t("alternatives.removeNamed", { name: nameOf(i) })}
          </Button>
        </fieldset>
      ))}
      {items.length < 6 ? (
        <Button
          variant="secondary"
          icon={<IconPlus />}
          id="alternatives-add"
          onClick={() => append({ id: newId(), name: "", description: "", baseline: items.length === 0 })}
        >
          {t("alternatives.add")}
        </Button>
      ) : (
        <p className="hint" id="alternatives-add" tabIndex={-1}>
          {t("alternatives.max")}
        </p>
      )}
      {removing !== null && (
        <ConfirmDialog
          title={t("alternatives.removeConfirmTitle")}
          confirm={t("alternatives.removeNamed", { name: nameOf(removing) })}
          cancel={t("workflow.cancel")}
          onConfirm={() => doRemove(removing)}
          onCancel={() => setRemoving(null)}
        >
          <p>
            {t("alternatives.removeConfirm", {
              name: nameOf(removing),
              ratings: owned(alternatives[removing]?.id ?? "").ratings,
              risks: owned(alternatives[removing]?.id ?? "").risks,
            })}
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
