import type { Locale, WeightInput } from "eva-core";
import { memo, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Dropdown, DropdownItem } from "suomifi-ui-components";
import { AHP_MAX_ITEMS, type LevelMethod, startInput } from "../../weights/level-input.js";
import { levelResult } from "../../weights/level-result.js";
import type { LevelItem } from "../../weights/levels.js";
import { AhpJudgements } from "./AhpJudgements.js";
import { percent } from "./format.js";
import { PointsInputs } from "./PointsInputs.js";
import { RankOrder } from "./RankOrder.js";

const methods: readonly LevelMethod[] = ["equal", "direct", "swing", "rank", "ahp"];

export interface WeightLevelProps {
  /** unique per level, for the ids of the fields */
  idPrefix: string;
  title: string;
  items: readonly LevelItem[];
  input: WeightInput | undefined;
  onChange: (next: WeightInput | undefined) => void;
}

/**
 * One level of the value tree (the groups, or the criteria of one group): how its weights are
 * entered, the entry itself, and the resulting weights as eva-core computes them.
 */
export const WeightLevel = memo(function WeightLevel({
  idPrefix,
  title,
  items,
  input,
  onChange,
}: WeightLevelProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const result = useMemo(() => levelResult(input, items), [input, items]);
  const method: LevelMethod = input?.method ?? "equal";
  const methodId = `${idPrefix}-method`;
  return (
    <fieldset className="weight-level">
      <legend>{title}</legend>
      <Dropdown
        id={methodId}
        className="field"
        labelText={t("weights.methodLabel")}
        hintText={t(`weights.help.${method}`)}
        value={method}
        onChange={(m) => onChange(startInput(m as LevelMethod, items, result.weights))}
      >
        {methods.map((m) => (
          <DropdownItem key={m} value={m} disabled={m === "ahp" && items.length > AHP_MAX_ITEMS}>
            {t(`weights.methods.${m}`)}
          </DropdownItem>
        ))}
      </Dropdown>
      {(input?.method === "direct" || input?.method === "swing") && (
        <PointsInputs idPrefix={idPrefix} items={items} input={input} onChange={onChange} />
      )}
      {input?.method === "rank" && <RankOrder items={items} input={input} onChange={onChange} />}
      {input?.method === "ahp" && (
        <AhpJudgements idPrefix={idPrefix} items={items} input={input} result={result} onChange={onChange} />
      )}
      {result.allZero && <p className="notice">{t("weights.allZero")}</p>}
      {result.invalid && <p className="notice">{t("weights.invalid")}</p>}
      <table className="level-weights">
        <caption>{t("weights.table", { level: title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("weights.item")}</th>
            <th scope="col">{t("weights.weight")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, k) => (
            <tr key={item.id}>
              <th scope="row">{item.label}</th>
              <td>{percent(locale, result.weights[k] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
});
