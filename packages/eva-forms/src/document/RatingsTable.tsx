import type { AssessmentDraft, ImpactFramework, Strategy } from "eva-core";
import { useTranslation } from "react-i18next";
import { ScrollRegion } from "../components/scroll-region/index.js";
import { asLocale } from "../format/locale.js";

const sign = (r: number) => (r > 0 ? `+${r}` : r < 0 ? `−${-r}` : "0");

/** The ratings of one step's criteria as a table: a row per criterion, a column per alternative. */
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
  const pick = (x: { fi: string; sv?: string | undefined; en?: string | undefined }) => x[locale] ?? x.fi;
  const groups: Array<{ step: string; criteria: Array<{ id: string; label: string }> }> = [
    { step: "strategy", criteria: strategy.goals.map((g) => ({ id: `goal:${g.id}`, label: pick(g.name) })) },
    { step: "values", criteria: strategy.values.map((v) => ({ id: `value:${v.id}`, label: pick(v.name) })) },
    {
      step: "impacts",
      criteria: framework.dimensions
        .filter((d) => d.measure === "rating" && (!d.bilingualOnly || strategy.bilingual))
        .map((d) => ({ id: `dim:${d.id}`, label: d.label[locale] })),
    },
  ];
  const alternatives = a.alternatives ?? [];
  const cell = (alternativeId: string, criterionId: string) =>
    (a.ratings ?? []).find((r) => r.alternativeId === alternativeId && r.criterionId === criterionId);
  return (
    <>
      {groups
        .filter((g) => g.criteria.length > 0)
        .map((g) => (
          <section key={g.step} aria-labelledby={`doc-${g.step}`}>
            <h3 id={`doc-${g.step}`}>{t(`step.${g.step}`)}</h3>
            <ScrollRegion label={t("document.ratingsOf", { group: t(`step.${g.step}`) })}>
              <table className="ratings">
                <caption className="visually-hidden">
                  {t("document.ratingsOf", { group: t(`step.${g.step}`) })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("document.criterion")}</th>
                    {alternatives.map((alt) => (
                      <th key={alt.id} scope="col">
                        {altName(alt.id)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {g.criteria.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">{c.label}</th>
                      {alternatives.map((alt) => {
                        const r = cell(alt.id, c.id);
                        const value =
                          r?.value === undefined
                            ? t("document.none")
                            : r.value === "not-assessed"
                              ? t("rating.notAssessed")
                              : sign(r.value);
                        const details = [
                          r?.confidence
                            ? t("document.confidence", { level: t(`rating.confidence.${r.confidence}`) })
                            : "",
                          r?.horizon ? t(`codes.horizon.${r.horizon}`) : "",
                          r?.affectedGroups?.length
                            ? t("document.groups", {
                                groups: r.affectedGroups.map((x) => t(`codes.affectedGroup.${x}`)).join(", "),
                              })
                            : "",
                        ].filter(Boolean);
                        return (
                          <td key={alt.id}>
                            <strong>{value}</strong>
                            {r?.justification && <p>{r.justification}</p>}
                            {details.length > 0 && <p className="hint">{details.join(" · ")}</p>}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
        ))}
    </>
  );
}
