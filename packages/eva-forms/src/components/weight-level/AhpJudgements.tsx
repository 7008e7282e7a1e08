import type { Locale, WeightInput } from "eva-core";
import { useTranslation } from "react-i18next";
import { Dropdown, DropdownItem } from "suomifi-ui-components";
import { ahpScale, scaleStep } from "../../weights/ahp-scale.js";
import type { LevelResult } from "../../weights/level-result.js";
import type { LevelItem } from "../../weights/levels.js";
import { judgementText } from "./ahp-text.js";
import { decimal } from "./format.js";

type Ahp = Extract<WeightInput, { method: "ahp" }>;

/**
 * AHP pairwise comparisons, one labelled select per pair in words, with the consistency ratio
 * announced as it changes and, above 0.10, the judgement to revisit (computed in levelResult).
 */
export function AhpJudgements({
  idPrefix,
  items,
  input,
  result,
  onChange,
}: {
  idPrefix: string;
  items: readonly LevelItem[];
  input: Ahp;
  result: LevelResult;
  onChange: (next: Ahp) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const compared = result.compared;
  const at = (index: number) => input.items.findIndex((id) => items[index]?.keys.includes(id));
  const set = (row: number, col: number, value: number) => {
    const matrix = input.matrix.map((r) => [...r]);
    const [i, j] = [at(row), at(col)];
    const [ri, rj] = [matrix[i], matrix[j]];
    if (!ri || !rj) return;
    ri[j] = value;
    rj[i] = 1 / value;
    onChange({ ...input, matrix });
  };
  const labelOf = (id: string) => items.find((item) => item.id === id)?.label ?? id;
  const pairs = compared.flatMap((row, k) => compared.slice(k + 1).map((col) => [row, col] as const));
  const revisit = result.revisit;
  const implied =
    revisit && revisit.implied >= 1
      ? { a: labelOf(revisit.a), b: labelOf(revisit.b), x: revisit.implied }
      : revisit
        ? { a: labelOf(revisit.b), b: labelOf(revisit.a), x: 1 / revisit.implied }
        : null;
  return (
    <div className="ahp">
      {pairs.map(([row, col]) => {
        const a = items[row]?.label ?? "";
        const b = items[col]?.label ?? "";
        const value = input.matrix[at(row)]?.[at(col)] ?? 1;
        const step = scaleStep(value);
        const id = `${idPrefix}-ahp-${row}-${col}`;
        return (
          <div key={id}>
            <Dropdown
              id={id}
              className="field"
              labelText={t("weights.ahp.pair", { a, b })}
              fullWidth
              value={step === null ? "other" : String(step)}
              onChange={(v) => v !== "other" && set(row, col, Number(v))}
            >
              {[
                ...(step === null
                  ? [
                      <DropdownItem key="other" value="other">
                        {judgementText(t, a, b, value, decimal(locale, value))}
                      </DropdownItem>,
                    ]
                  : []),
                ...ahpScale.map((s) => (
                  <DropdownItem key={s} value={String(s)}>
                    {judgementText(t, a, b, s, "")}
                  </DropdownItem>
                )),
              ]}
            </Dropdown>
          </div>
        );
      })}
      <div role="status" className="ahp-consistency">
        {result.cr !== null && compared.length >= 3 && (
          <>
            <p>
              {t("weights.ahp.cr", { cr: decimal(locale, result.cr) })}{" "}
              {result.cr > 0.1 ? t("weights.ahp.inconsistent") : t("weights.ahp.consistent")}
            </p>
            {revisit && implied && (
              <p className="revisit">
                {t("weights.ahp.revisit", {
                  a: labelOf(revisit.a),
                  b: labelOf(revisit.b),
                  judgement: judgementText(
                    t,
                    labelOf(revisit.a),
                    labelOf(revisit.b),
                    revisit.judgement,
                    decimal(locale, revisit.judgement),
                  ),
                  ia: implied.a,
                  ib: implied.b,
                  implied: decimal(locale, implied.x),
                })}
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
