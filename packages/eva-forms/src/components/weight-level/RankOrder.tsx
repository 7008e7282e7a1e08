import type { WeightInput } from "eva-core";
import { useTranslation } from "react-i18next";
import { Button, IconArrowDown, IconArrowUp } from "suomifi-ui-components";
import type { LevelItem } from "../../weights/levels.js";

type Rank = Extract<WeightInput, { method: "rank" }>;

/**
 * Rank order, most important first, moved with buttons (keyboard and screen readers get the same
 * control as the mouse; no drag and drop). Items the stored order leaves out come last; the first
 * move writes them into the order.
 */
export function RankOrder({
  items,
  input,
  onChange,
}: {
  items: readonly LevelItem[];
  input: Rank;
  onChange: (next: Rank) => void;
}) {
  const { t } = useTranslation();
  const listed = input.order
    .map((id) => items.find((item) => item.keys.includes(id)))
    .filter((item, k, all): item is LevelItem => item !== undefined && all.indexOf(item) === k);
  const order = [...listed, ...items.filter((item) => !listed.includes(item))];
  const move = (from: number, to: number) => {
    const next = order.map((item) => item.id);
    const [moved] = next.splice(from, 1);
    if (moved === undefined) return;
    next.splice(to, 0, moved);
    onChange({ ...input, order: next });
  };
  return (
    <ol className="rank-order">
      {order.map((item, k) => (
        <li key={item.id}>
          <span>{item.label}</span>
          <Button
            variant="secondary"
            className="icon-button"
            icon={<IconArrowUp />}
            aria-label={t("weights.moveUp", { item: item.label })}
            aria-disabled={k === 0}
            onClick={() => k > 0 && move(k, k - 1)}
          />
          <Button
            variant="secondary"
            className="icon-button"
            icon={<IconArrowDown />}
            aria-label={t("weights.moveDown", { item: item.label })}
            aria-disabled={k === order.length - 1}
            onClick={() => k < order.length - 1 && move(k, k + 1)}
          />
        </li>
      ))}
    </ol>
  );
}
