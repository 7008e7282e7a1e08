import type { CriterionGroup } from "eva-core";
import { useTranslation } from "react-i18next";
import { RadioButton, RadioButtonGroup, TextInput } from "suomifi-ui-components";
import { ScrollRegion } from "../components/scroll-region/index.js";
import { GroupOrder } from "./GroupOrder.js";

export type WeightsMode = "spread" | "bounds" | "order";
export interface WeightsState {
  mode: WeightsMode;
  /** ± percent of each group weight, as typed */
  spread: string;
  /** lower and upper bound per group, percent as typed, in the groups' order */
  bounds: Array<{ lower: string; upper: string }>;
  order: CriterionGroup[];
}

/**
 * The weight information the board agrees on: a spread around the strategy's group weights (the
 * default), bounds per group, or an order of the groups (dragged or moved with buttons).
 */
export function WeightsInput({
  value,
  groups,
  names,
  errors,
  onChange,
}: {
  value: WeightsState;
  groups: readonly CriterionGroup[];
  names: Record<CriterionGroup, string>;
  /** field id → message */
  errors: Record<string, string>;
  onChange: (next: WeightsState) => void;
}) {
  const { t } = useTranslation();
  const setBound = (i: number, side: "lower" | "upper", text: string) =>
    onChange({ ...value, bounds: value.bounds.map((b, k) => (k === i ? { ...b, [side]: text } : b)) });
  return (
    <fieldset className="portfolio-weights">
      <legend>{t("portfolio.weights")}</legend>
      <p className="hint">{t("portfolio.weightsHint")}</p>
      <RadioButtonGroup
        labelText={t("portfolio.weightsMode")}
        name="portfolio-weights-mode"
        value={value.mode}
        onChange={(mode) => onChange({ ...value, mode: mode as WeightsMode })}
      >
        <RadioButton value="spread">{t("portfolio.mode.spread")}</RadioButton>
        <RadioButton value="bounds">{t("portfolio.mode.bounds")}</RadioButton>
        <RadioButton value="order">{t("portfolio.mode.order")}</RadioButton>
      </RadioButtonGroup>
      {value.mode === "spread" && (
        <TextInput
          id="portfolio-spread"
          labelText={t("portfolio.spread")}
          hintText={t("portfolio.spreadHint")}
          inputMode="decimal"
          fullWidth
          value={value.spread}
          onChange={(v) => onChange({ ...value, spread: String(v ?? "") })}
          status={errors["portfolio-spread"] ? "error" : "default"}
          statusText={errors["portfolio-spread"]}
        />
      )}
      {value.mode === "bounds" && (
        <ScrollRegion label={t("portfolio.boundsCaption")}>
          <table className="bounds-table">
            <caption>{t("portfolio.boundsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("portfolio.group")}</th>
                <th scope="col">{t("portfolio.lower")}</th>
                <th scope="col">{t("portfolio.upper")}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g, i) => (
                <tr key={g}>
                  <th scope="row">{names[g]}</th>
                  {(["lower", "upper"] as const).map((side) => {
                    const id = `portfolio-${side}-${g}`;
                    return (
                      <td key={side}>
                        <TextInput
                          id={id}
                          labelText={t(side === "lower" ? "portfolio.lowerOf" : "portfolio.upperOf", {
                            group: names[g],
                          })}
                          labelMode="hidden"
                          inputMode="decimal"
                          value={value.bounds[i]?.[side] ?? ""}
                          onChange={(v) => setBound(i, side, String(v ?? ""))}
                          status={errors[id] ? "error" : "default"}
                          statusText={errors[id]}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {value.mode === "order" && (
        <>
          <p className="hint" id="portfolio-order-hint">
            {t("portfolio.orderHint")}
          </p>
          <GroupOrder order={value.order} names={names} onChange={(order) => onChange({ ...value, order })} />
        </>
      )}
    </fieldset>
  );
}
