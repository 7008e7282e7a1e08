import { type AssessmentDraft, type ImpactFramework, isScreenedOut, npv, type Strategy } from "eva-core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Heading } from "suomifi-ui-components";
import { ScrollRegion } from "../components/scroll-region/index.js";
import { formatDate } from "../format/dates.js";
import { formatEuros } from "../format/euros.js";
import { asLocale } from "../format/locale.js";
import { formatPercent } from "../format/percent.js";
import { RatingsTable } from "./RatingsTable.js";

const questions = [
  "costAboveThreshold",
  "affectsChildren",
  "affectsServices",
  "affectsEnvironment",
  "affectsPersonnel",
  "affectsLanguageRights",
  "irreversible",
] as const;

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * A submitted or approved assessment as a document to read (not a greyed-out form): each step's
 * content under its h2 (its parts under h3), codes in words, money, rates and dates in the reader's language.
 */
export function AssessmentDocument({
  assessment: a,
  strategy,
  framework,
  header,
}: {
  assessment: AssessmentDraft;
  strategy: Strategy;
  framework: ImpactFramework;
  /** what comes right after the title (the case header): a heading list starts with the h1 */
  header?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const locale = asLocale(i18n.language);
  const none = t("document.none");
  const text = (s: string | undefined) => (s?.trim() ? s : none);
  const alternatives = a.alternatives ?? [];
  const altName = (id: string | undefined) => {
    const i = alternatives.findIndex((x) => x.id === id);
    return i < 0 ? none : alternatives[i]?.name?.trim() || t("alternatives.unnamed", { n: i + 1 });
  };
  const b = a.basics ?? {};
  const s = a.screening;
  const closed = isScreenedOut(a);
  const rate = a.economy?.discountRate ?? 0.03;
  return (
    <article className="document" aria-labelledby="document-title">
      <Heading variant="h1" id="document-title">
        {text(b.title)}
      </Heading>
      {header}
      <section aria-labelledby="doc-basics">
        <h2 id="doc-basics">{t("step.basics")}</h2>
        <dl>
          <Item term={t("basics.decisionBody")}>{text(b.decisionBody)}</Item>
          <Item term={t("basics.preparer")}>{text(b.preparer?.name)}</Item>
          {b.presenter?.name && <Item term={t("basics.presenter")}>{b.presenter.name}</Item>}
          <Item term={t("basics.deadline")}>{b.deadline ? formatDate(b.deadline, locale) : none}</Item>
          <Item term={t("basics.problem")}>{text(b.problem)}</Item>
          <Item term={t("basics.objective")}>{text(b.objective)}</Item>
        </dl>
        <h3>{t("document.screening", { outcome: s?.outcome ? t(`codes.outcome.${s.outcome}`) : none })}</h3>
        {s?.reason && <p>{s.reason}</p>}
        <dl>
          {questions.map((q) => {
            const v = s?.answers?.[q];
            return (
              <Item key={q} term={t(`screening.q.${q}`)}>
                {v === true ? t("screening.yes") : v === false ? t("screening.no") : t("document.unanswered")}
              </Item>
            );
          })}
          {s?.estimatedCost !== undefined && (
            <Item term={t("screening.estimatedCost")}>{formatEuros(s.estimatedCost, locale, true)}</Item>
          )}
        </dl>
        <h3>{t("publicity.title")}</h3>
        <p>
          {t(`codes.publicity.${b.publicity?.class ?? "public"}`)}
          {b.publicity?.class === "confidential" && b.publicity.reason ? ` (${b.publicity.reason})` : ""}
          {b.publicity?.showInResidentView ? `. ${t("publicity.residentView")}.` : ""}
          {b.publicity?.containsPersonalData ? ` ${t("publicity.personalData")}.` : ""}
        </p>
      </section>
      {!closed && (
        <>
          <section aria-labelledby="doc-alternatives">
            <h2 id="doc-alternatives">{t("step.alternatives")}</h2>
            <ol>
              {alternatives.map((alt, i) => (
                <li key={alt.id}>
                  <strong>{alt.name?.trim() || t("alternatives.unnamed", { n: i + 1 })}</strong>
                  {alt.shortName ? ` (${alt.shortName})` : ""}
                  {alt.baseline ? ` – ${t("document.baseline")}` : ""}
                  <p>{text(alt.description)}</p>
                  {alt.actions && <p>{alt.actions}</p>}
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="doc-weights">
            <h2 id="doc-weights">{t("step.weights")}</h2>
            <p>{t(a.weights ? "weights.overridden" : "weights.usingDefaults")}</p>
            {a.weightsOverrideReason && <p>{a.weightsOverrideReason}</p>}
          </section>
          <RatingsTable assessment={a} strategy={strategy} framework={framework} altName={altName} />
          <section aria-labelledby="doc-economy">
            <h2 id="doc-economy">{t("step.economy")}</h2>
            <p>
              {t("economy.rate")}: {formatPercent(rate, locale)}
            </p>
            {(a.economy?.flows ?? []).map((f) => {
              const rows = [...(f.rows ?? [])].sort((x, y) => x.year - y.year);
              const first = rows[0]?.year ?? 0;
              const flows: number[] = [];
              for (const r of rows)
                flows[r.year - first] = (r.income ?? 0) - (r.operatingCost ?? 0) - (r.investment ?? 0);
              return (
                <div key={f.alternativeId}>
                  <h3>{altName(f.alternativeId)}</h3>
                  <ScrollRegion label={t("economy.flowsOf", { name: altName(f.alternativeId) })}>
                    <table>
                      <caption className="visually-hidden">
                        {t("economy.flowsOf", { name: altName(f.alternativeId) })}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">{t("document.year")}</th>
                          <th scope="col">{t("economy.operating")}</th>
                          <th scope="col">{t("economy.investment")}</th>
                          <th scope="col">{t("economy.income")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {rows.map((r) => (
                          <tr key={r.year}>
                            <th scope="row">{r.year}</th>
                            <td>{formatEuros(r.operatingCost ?? 0, locale, true)}</td>
                            <td>{formatEuros(r.investment ?? 0, locale, true)}</td>
                            <td>{formatEuros(r.income ?? 0, locale, true)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </ScrollRegion>
                  <p>
                    {t("document.npv", { rate: formatPercent(rate, locale) })}:{" "}
                    {formatEuros(
                      Math.round(
                        npv(
                          Array.from(flows, (x) => x ?? 0),
                          rate,
                        ),
                      ),
                      locale,
                    )}
                  </p>
                  <p>
                    {t("economy.funding")}: {text(f.fundingSource)}
                  </p>
                </div>
              );
            })}
          </section>
          <section aria-labelledby="doc-risks">
            <h2 id="doc-risks">{t("step.risks")}</h2>
            {(a.risks?.items ?? []).length === 0 ? (
              <p>{none}</p>
            ) : (
              <ul>
                {(a.risks?.items ?? []).map((r) => (
                  <li key={r.id}>
                    <strong>{text(r.title)}</strong> ({altName(r.alternativeId)},{" "}
                    {r.category ? t(`codes.riskCategory.${r.category}`) : none}): {t("risks.likelihood")}{" "}
                    {r.likelihood ?? "–"}, {t("risks.consequence")} {r.consequence ?? "–"}.{" "}
                    {t("risks.mitigation")}: {text(r.mitigation)}. {t("risks.owner")}: {text(r.owner)}.
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="doc-participation">
            <h2 id="doc-participation">{t("step.participation")}</h2>
            {(a.participation ?? []).length === 0 ? (
              <p>{none}</p>
            ) : (
              <ul>
                {(a.participation ?? []).map((p, i) => (
                  <li key={p.id ?? i}>
                    <strong>
                      {p.group ? t(`codes.participantGroup.${p.group}`) : none}
                      {p.who ? ` (${p.who})` : ""}
                    </strong>
                    , {p.method ? t(`codes.participationMethod.${p.method}`) : none}
                    {p.date ? `, ${formatDate(p.date, locale)}` : ""}: {text(p.summary)}
                    {p.changes ? ` ${t("participation.changes")}: ${p.changes}` : ""}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="doc-conclusion">
            <h2 id="doc-conclusion">{t("step.conclusion")}</h2>
            <dl>
              <Item term={t("conclusion.recommended")}>
                {altName(a.conclusion?.recommendedAlternativeId)}
              </Item>
              <Item term={t("conclusion.justification")}>{text(a.conclusion?.justification)}</Item>
              {a.conclusion?.notBestReason && (
                <Item term={t("conclusion.notBestReason")}>{a.conclusion.notBestReason}</Item>
              )}
              <Item term={t("conclusion.followUp")}>
                {a.conclusion?.followUp?.date ? formatDate(a.conclusion.followUp.date, locale) : none}
                {a.conclusion?.followUp?.responsible ? ` (${a.conclusion.followUp.responsible})` : ""}
              </Item>
              <Item term={t("conclusion.indicators")}>
                {(a.conclusion?.followUp?.indicators ?? []).join("; ") || none}
              </Item>
            </dl>
          </section>
        </>
      )}
    </article>
  );
}
