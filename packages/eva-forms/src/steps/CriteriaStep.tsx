import type { LocalizedText } from "eva-core";
import { useEffect, useMemo, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { RatingField } from "../components/rating-field/index.js";
import "./criteria-step.css";

export const fields = ["ratings"] as const;

const keysOf = (ratings: unknown): string =>
  ((ratings ?? []) as Array<{ alternativeId?: string; criterionId?: string } | undefined>)
    .map((r) => `${r?.alternativeId}|${r?.criterionId}`)
    .join("\n");

export interface CriterionInfo {
  id: string;
  label: LocalizedText | { fi: string; sv?: string; en?: string };
  /** guidance shown under a disclosure: success factors of a goal, meanings of a value */
  help?: string[];
  helpTitle?: string;
  /** the guiding question of an impact dimension */
  question?: string;
  legalBasis?: string;
}

/**
 * Ratings of every alternative on the given criteria (strategy goals, values or the framework's
 * impact dimensions). A cell gets its row in `ratings` when it is first rated (visiting a step
 * adds nothing to the draft); a row keeps its index, so each field has a stable path.
 */
export function CriteriaStep({ criteria, readOnly }: { criteria: CriterionInfo[]; readOnly?: boolean }) {
  const { t, i18n } = useTranslation();
  const { getValues, watch } = useFormContext();
  const alternatives = (useWatch({ name: "alternatives" }) ?? []) as Array<{ id: string; name?: string }>;
  // which rating row is which, as one string: typing a justification changes `ratings` but not
  // this, so the step (hundreds of fields in a large case) does not re-render on each keystroke
  const [rowKeys, setRowKeys] = useState(() => keysOf(getValues("ratings")));
  useEffect(() => {
    const sub = watch((values, { name }) => {
      if (name && /^ratings\.\d+\.(?!alternativeId$|criterionId$)/.test(name)) return;
      const next = keysOf(values.ratings);
      setRowKeys((prev) => (prev === next ? prev : next));
    });
    return () => sub.unsubscribe();
  }, [watch]);
  const index = useMemo(
    () => new Map((rowKeys ? rowKeys.split("\n") : []).map((key, i) => [key, i] as const)),
    [rowKeys],
  );
  const lang = i18n.language as "fi" | "sv" | "en";
  return (
    <>
      {criteria.map((c) => {
        const label = c.label[lang] ?? c.label.fi;
        return (
          <section key={c.id} className="criterion" aria-labelledby={`h-${c.id}`}>
            <h3 id={`h-${c.id}`}>{label}</h3>
            {c.help && c.help.length > 0 && (
              <details>
                <summary>{c.helpTitle ?? t("rating.successFactors")}</summary>
                <ul>
                  {c.help.map((x) => (
                    <li key={x}>{x}</li>
                  ))}
                </ul>
              </details>
            )}
            {c.question && <p>{c.question}</p>}
            {c.legalBasis && (
              <p className="hint">
                {t("rating.legalBasis")}: {c.legalBasis}
              </p>
            )}
            {alternatives.map((a) => {
              return (
                <RatingField
                  key={a.id}
                  alternativeId={a.id}
                  criterionId={c.id}
                  index={index.get(`${a.id}|${c.id}`)}
                  alternative={
                    a.name?.trim() || t("alternatives.unnamed", { n: alternatives.indexOf(a) + 1 })
                  }
                  criterion={label}
                  disabled={readOnly}
                />
              );
            })}
          </section>
        );
      })}
    </>
  );
}
