import {
  type AssessmentDraftInput,
  type CriterionGroup,
  findingMessage,
  findings,
  type ImpactFramework,
  type Locale,
  type Strategy,
  type WeightInput,
  type Weights,
} from "eva-core";
import { useCallback, useMemo } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Button, Textarea } from "suomifi-ui-components";
import { WeightLevel } from "../components/weight-level/index.js";
import { weightLevels } from "../weights/levels.js";
import "../components/weight-level/weight-level.css";

export const fields = ["weights", "weightsOverrideReason"] as const;

/**
 * Painot: the group weights and each group's criterion weights, starting from the strategy's
 * defaults. Any change stores the whole weights object in the draft (an override), and an
 * override asks for its reason, as the finding weights_override_without_reason does.
 */
export function WeightsStep({ strategy, framework }: { strategy: Strategy; framework: ImpactFramework }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { register, setValue, getValues } = useFormContext();
  const weights = useWatch({ name: "weights" }) as Weights | undefined;
  const reason = useWatch({ name: "weightsOverrideReason" }) as string | undefined;
  const levels = useMemo(() => weightLevels(strategy, framework, locale), [strategy, framework, locale]);
  const effective: Weights = weights ?? strategy.defaultWeights ?? {};

  const setLevel = useCallback(
    (group: CriterionGroup | null, input: WeightInput | undefined) => {
      const current = (getValues("weights") as Weights | undefined) ?? strategy.defaultWeights ?? {};
      const next: Weights = structuredClone(current);
      if (group === null) {
        if (input) next.groups = input;
        else delete next.groups;
      } else {
        const local = { ...(next.local ?? {}) };
        if (input) local[group] = input;
        else delete local[group];
        next.local = local;
      }
      setValue("weights", next, { shouldDirty: true });
    },
    [getValues, setValue, strategy.defaultWeights],
  );
  const onGroups = useCallback((input: WeightInput | undefined) => setLevel(null, input), [setLevel]);
  const onLocal = useMemo(
    () =>
      Object.fromEntries(
        levels.local.map((l) => [l.group, (input: WeightInput | undefined) => setLevel(l.group, input)]),
      ),
    [levels, setLevel],
  );

  // the finding is computed on the draft by eva-core (reason and weights are both watched above)
  const missingReason = useMemo(() => {
    void reason;
    const found = findings({ ...(getValues() as AssessmentDraftInput), weights }, strategy).find(
      (f) => f.code === "weights_override_without_reason",
    );
    return found ? findingMessage(found, locale) : null;
  }, [weights, reason, strategy, locale, getValues]);

  return (
    <div id="weights" tabIndex={-1}>
      <p>{t("weights.intro")}</p>
      <p className="notice">{t(weights === undefined ? "weights.usingDefaults" : "weights.overridden")}</p>
      <WeightLevel
        idPrefix="weights-groups"
        title={t("weights.groups")}
        items={levels.groups}
        input={effective.groups}
        onChange={onGroups}
      />
      {levels.local
        .filter((l) => l.items.length > 1)
        .map((l) => (
          <details key={l.group} className="weight-local">
            <summary>{t("weights.local", { group: l.label })}</summary>
            <WeightLevel
              idPrefix={`weights-${l.group}`}
              title={t("weights.local", { group: l.label })}
              items={l.items}
              input={effective.local?.[l.group]}
              onChange={onLocal[l.group] ?? onGroups}
            />
          </details>
        ))}
      {weights !== undefined && (
        <div className="weights-override">
          <Textarea
            id="weightsOverrideReason"
            className="field"
            labelText={t("weights.reason")}
            {...(missingReason
              ? { status: "error" as const, statusText: `${missingReason.title} ${missingReason.action}` }
              : { hintText: t("weights.reasonHint") })}
            statusTextAriaLiveMode="off"
            rows={3}
            fullWidth
            resize="vertical"
            {...register("weightsOverrideReason")}
          />
          <Button variant="secondary" onClick={() => setValue("weights", undefined, { shouldDirty: true })}>
            {t("weights.reset")}
          </Button>
        </div>
      )}
    </div>
  );
}
