import {
  type AssessmentDraft,
  type CriterionGroup,
  type ImpactFramework,
  matrixCell,
  type Strategy,
  type Summary,
  shortNames,
  summaryMessages,
} from "eva-core";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { ImpactMatrix } from "../components/impact-matrix/index.js";
import { asLocale } from "../format/locale.js";

interface Criterion {
  id: string;
  label: string;
  /** the criterion group the summary's matrix uses (strategy, values, people …) */
  group: CriterionGroup;
}

/**
 * The case's ratings as the board summary shows them: one impact matrix (vaikutusmatriisi), the
 * same component and cells as the summary's appendix (sign on its colour, "?" when uncertain),
 * then each step's justifications to read, criterion by criterion, with confidence, time horizon
 * and affected groups.
 */
export function RatingsTable({
  assessment: a,
  strategy,
  framework,
  altName,
}: {
  assessment: AssessmentDraft;
  strategy: Strategy;
  framework: ImpactFramework;
  altName: (id: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const locale = asLocale(i18n.language);
  const m = summaryMessages[locale] as Record<string, string>;
  const pick = (x: { fi: string; sv?: string | undefined; en?: string | undefined }) => x[locale] ?? x.fi;
  const steps: Array<{ step: string; criteria: Criterion[] }> = (
    [
      {
        step: "strategy",
        criteria: strategy.goals.map((g) => ({ id: `goal:${g.id}`, label: pick(g.name), group: "strategy" })),
      },
      {
        step: "values",
        criteria: strategy.values.map((v) => ({ id: `value:${v.id}`, label: pick(v.name), group: "values" })),
      },
      {
        step: "impacts",
        criteria: framework.dimensions
          .filter((d) => d.measure === "rating" && (!d.bilingualOnly || strategy.bilingual))
          .map((d) => ({ id: `dim:${d.id}`, label: d.label[locale], group: d.group })),
      },
    ] satisfies Array<{ step: string; criteria: Criterion[] }>
  ).filter((s) => s.criteria.length > 0);
  const alternatives = a.alternatives ?? [];
  // the matrix's column names, also before each justification: the board summary's short names
  // (eva-core's shortNames: the preparer's own, else the name cut to 30 characters)
  const short = shortNames(
    alternatives.map((x) => ({ id: x.id, name: altName(x.id), shortName: x.shortName })),
  );
  const shortName = (id: string) => short[id] ?? altName(id);
  const rating = (alternativeId: string, criterionId: string) =>
    (a.ratings ?? []).find((r) => r.alternativeId === alternativeId && r.criterionId === criterionId);
  const rows: Summary["matrix"] = steps.flatMap((s) =>
    s.criteria.map((c) => ({
      criterionId: c.id,
      label: c.label,
      group: c.group,
      groupLabel: m[`group.${c.group}`] ?? c.group,
      cells: alternatives.map((alt) => matrixCell(alt.id, rating(alt.id, c.id), locale)),
    })),
  );
  if (alternatives.length === 0 || rows.length === 0) return null;
  return (
    <>
      {/* a plain block: the matrix's scroll region is already named by the heading's words */}
      <div className="doc-matrix">
        <h2 id="doc-matrix">{t("document.matrix")}</h2>
        <ImpactMatrix
          rows={rows}
          alternatives={alternatives.map((alt) => ({
            id: alt.id,
            shortName: shortName(alt.id),
          }))}
          label={t("document.matrix")}
          criterionLabel={t("document.criterion")}
          legend={m["label.matrixLegend"] ?? ""}
        />
      </div>
      {steps.map((s) => {
        const rated = s.criteria.filter((c) => alternatives.some((alt) => rating(alt.id, c.id)));
        return (
          <section key={s.step} aria-labelledby={`doc-${s.step}`}>
            <h2 id={`doc-${s.step}`}>{t("document.reasonsOf", { group: t(`step.${s.step}`) })}</h2>
            {rated.length === 0 ? (
              <p>{t("document.none")}</p>
            ) : (
              <dl className="reasons">
                {rated.map((c) => (
                  <Fragment key={c.id}>
                    <dt>{c.label}</dt>
                    {alternatives.map((alt) => {
                      const r = rating(alt.id, c.id);
                      if (!r) return null;
                      const cell = matrixCell(alt.id, r, locale);
                      const details = [
                        r.confidence
                          ? t("document.confidence", { level: t(`rating.confidence.${r.confidence}`) })
                          : "",
                        r.horizon ? t(`codes.horizon.${r.horizon}`) : "",
                        r.affectedGroups?.length
                          ? t("document.groups", {
                              groups: r.affectedGroups.map((x) => t(`codes.affectedGroup.${x}`)).join(", "),
                            })
                          : "",
                      ].filter(Boolean);
                      return (
                        <dd key={alt.id}>
                          <span className="reason-head">
                            {shortName(alt.id)}:{" "}
                            <span className={`sym tone-${cell.tone}`} aria-hidden="true">
                              {cell.text}
                            </span>
                            <span className="visually-hidden">{cell.description}</span>
                          </span>
                          {r.justification && <span className="reason-text"> {r.justification}</span>}
                          {details.length > 0 && <span className="hint"> ({details.join(" · ")})</span>}
                        </dd>
                      );
                    })}
                  </Fragment>
                ))}
              </dl>
            )}
          </section>
        );
      })}
    </>
  );
}
