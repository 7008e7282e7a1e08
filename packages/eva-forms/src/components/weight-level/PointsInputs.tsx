import type { WeightInput } from "eva-core";
import { useTranslation } from "react-i18next";
import { TextInput } from "suomifi-ui-components";
import type { LevelItem } from "../../weights/levels.js";

type Points = Extract<WeightInput, { method: "direct" | "swing" }>;

const stored = (input: Points, item: LevelItem) => {
  const record = input.method === "direct" ? input.weights : input.points;
  for (const key of item.keys) if (record[key] !== undefined) return record[key];
  return undefined;
};

/**
 * Direct weights or SWING points, one number field per item. A cleared field is stored as 0
 * (which is what a missing item means to eva-core) so the saved draft never loses an item.
 */
export function PointsInputs({
  idPrefix,
  items,
  input,
  onChange,
}: {
  idPrefix: string;
  items: readonly LevelItem[];
  input: Points;
  onChange: (next: Points) => void;
}) {
  const { t } = useTranslation();
  const swing = input.method === "swing";
  const set = (item: LevelItem, raw: string) => {
    const value = raw === "" ? 0 : Number(raw);
    if (!Number.isFinite(value)) return;
    const record = {
      ...(swing
        ? (input as { points: Record<string, number> }).points
        : (input as { weights: Record<string, number> }).weights),
    };
    // the value is stored under the id the step uses; an old short key would shadow it
    for (const key of item.keys) delete record[key];
    record[item.id] = value;
    onChange(swing ? { method: "swing", points: record } : { method: "direct", weights: record });
  };
  return (
    <div className="points">
      {items.map((item) => {
        const id = `${idPrefix}-${item.id}`;
        return (
          <div key={item.id}>
            <TextInput
              id={id}
              className="field"
              labelText={t(swing ? "weights.points" : "weights.value", { item: item.label })}
              type="number"
              inputMode="decimal"
              min={0}
              max={swing ? 100 : undefined}
              step="any"
              value={stored(input, item) ?? ""}
              onChange={(v) => set(item, String(v ?? ""))}
            />
          </div>
        );
      })}
    </div>
  );
}
