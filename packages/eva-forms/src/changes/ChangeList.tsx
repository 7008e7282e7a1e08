import { useTranslation } from "react-i18next";
import { type CriterionNames, describePath, describeValue } from "./describe.js";
import type { LeafChange } from "./diff.js";

const MAX = 40;

/** Changed fields in plain words, old → new; long lists are cut with a count of the rest. */
export function ChangeList({
  changes,
  doc,
  names,
}: {
  /** fromKnown false: the old value is not known (the trail starts with an import) */
  changes: Array<LeafChange & { fromKnown?: boolean }>;
  doc?: unknown;
  names?: CriterionNames;
}) {
  const { t } = useTranslation();
  if (changes.length === 0) return <p>{t("history.noChanges")}</p>;
  return (
    <ul className="changes">
      {changes.slice(0, MAX).map((c) => (
        <li key={c.path.join("/")}>
          <strong>{describePath(c.path, t, doc, names)}</strong>:{" "}
          {c.fromKnown === false
            ? `${t("history.newValue")} ${describeValue(c.to, t, c.path)}`
            : `${describeValue(c.from, t, c.path)} → ${describeValue(c.to, t, c.path)}`}
        </li>
      ))}
      {changes.length > MAX && <li>{t("history.more", { count: changes.length - MAX })}</li>}
    </ul>
  );
}
