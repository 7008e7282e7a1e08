import type { CriterionGroup } from "eva-core";
import { Button, GridList, GridListItem, I18nProvider, useDragAndDrop } from "react-aria-components";

// react-aria's own announcements ("insert before …") in the page's language
const ariaLocales: Record<string, string> = { fi: "fi-FI", sv: "sv-SE", en: "en-GB" };

import { useTranslation } from "react-i18next";

/**
 * The criterion groups from most to least important, reordered by dragging (mouse, touch, or the
 * keyboard: Enter on the drag handle, arrows to the place, Enter to drop, all announced by
 * react-aria) or with a button per move. Suomi.fi's components have no sortable list, hence
 * react-aria's GridList.
 */
export function GroupOrder({
  order,
  names,
  onChange,
}: {
  order: readonly CriterionGroup[];
  names: Record<CriterionGroup, string>;
  onChange: (next: CriterionGroup[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const move = (from: number, to: number) => {
    const next = [...order];
    const [moved] = next.splice(from, 1);
    if (moved === undefined || to < 0 || to >= order.length) return;
    next.splice(to, 0, moved);
    onChange(next);
  };
  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) =>
      [...keys].map((key) => ({ "text/plain": names[key as CriterionGroup] ?? String(key) })),
    onReorder: (e) => {
      const moving = order.filter((g) => e.keys.has(g));
      const rest = order.filter((g) => !e.keys.has(g));
      const at = rest.indexOf(e.target.key as CriterionGroup);
      if (at < 0) return;
      rest.splice(e.target.dropPosition === "before" ? at : at + 1, 0, ...moving);
      onChange(rest);
    },
  });
  return (
    <I18nProvider locale={ariaLocales[i18n.language] ?? "fi-FI"}>
      <GridList
        aria-label={t("portfolio.orderLabel")}
        className="group-order"
        items={order.map((id) => ({ id }))}
        dragAndDropHooks={dragAndDropHooks}
      >
        {(item) => {
          const k = order.indexOf(item.id);
          const name = names[item.id];
          return (
            <GridListItem id={item.id} textValue={name}>
              <Button slot="drag" aria-label={t("portfolio.drag", { group: name })} className="drag-handle">
                ≡
              </Button>
              <span className="rank">{k + 1}.</span> <span className="group-name">{name}</span>
              <Button
                aria-label={t("portfolio.moveUp", { group: name })}
                isDisabled={k === 0}
                onPress={() => move(k, k - 1)}
              >
                ↑
              </Button>
              <Button
                aria-label={t("portfolio.moveDown", { group: name })}
                isDisabled={k === order.length - 1}
                onPress={() => move(k, k + 1)}
              >
                ↓
              </Button>
            </GridListItem>
          );
        }}
      </GridList>
    </I18nProvider>
  );
}
