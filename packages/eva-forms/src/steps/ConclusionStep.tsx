import type { Strategy } from "eva-core";
import { Controller, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Textarea } from "suomifi-ui-components";
import { ConvertedField, TextField, useStatus } from "../components/field/index.js";
import { SelectField } from "../components/field/select-field.js";

export const fields = ["conclusion"] as const;

/**
 * Johtopäätös: the recommended alternative and why, in plain language; the follow-up date,
 * who follows up and with which indicators (the strategy's indicators as suggestions, examples
 * marked as such).
 */
export function ConclusionStep({ strategy }: { strategy: Strategy }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as "fi" | "sv" | "en";
  const alternatives = (useWatch({ name: "alternatives" }) ?? []) as Array<{ id: string; name?: string }>;
  const indicators = strategy.goals.flatMap((g) => g.indicators);
  const { props: indicatorStatus } = useStatus("conclusion.followUp.indicators");
  const hint =
    indicators.length > 0
      ? `${t("conclusion.indicatorSuggestions")}: ${indicators
          .map((x) => `${x.name[lang] ?? x.name.fi}${x.example ? ` (${t("conclusion.example")})` : ""}`)
          .join("; ")}`
      : undefined;
  return (
    <>
      <SelectField
        name="conclusion.recommendedAlternativeId"
        label={t("conclusion.recommended")}
        placeholder={t("common.select")}
        options={alternatives.map((a, i) => ({
          value: a.id,
          label: a.name?.trim() || t("alternatives.unnamed", { n: i + 1 }),
        }))}
      />
      <TextField
        name="conclusion.justification"
        label={t("conclusion.justification")}
        rows={5}
        maxLength={5000}
      />
      <TextField
        name="conclusion.notBestReason"
        label={t("conclusion.notBestReason")}
        rows={2}
        maxLength={3000}
      />
      <ConvertedField
        name="conclusion.followUp.date"
        kind="date"
        label={t("conclusion.followUp")}
        hint={t("basics.deadlineHint")}
      />
      <TextField name="conclusion.followUp.responsible" label={t("conclusion.responsible")} maxLength={200} />
      <Controller
        name="conclusion.followUp.indicators"
        render={({ field }) => (
          <Textarea
            id="conclusion.followUp.indicators"
            className="field"
            labelText={t("conclusion.indicators")}
            {...(hint ? { hintText: hint } : {})}
            {...indicatorStatus}
            rows={4}
            fullWidth
            resize="vertical"
            value={((field.value as string[] | undefined) ?? []).join("\n")}
            onChange={(e) => field.onChange(e.target.value.split("\n"))}
            onBlur={field.onBlur}
            ref={field.ref}
          />
        )}
      />
    </>
  );
}
