import type { Strategy } from "eva-core";
import { useTranslation } from "react-i18next";
import type { AssessmentView } from "../api/types.js";
import { formatDate, formatDateTime } from "../format/dates.js";
import { asLocale } from "../format/locale.js";

/**
 * The case at the top of every step and of the document view: its id in the case system, the
 * strategy version it is assessed against (what is a translation or an example said in words),
 * its status and version, and who approved it and when.
 */
export function CaseHeader({
  view,
  strategy,
  titled,
}: {
  view: AssessmentView;
  strategy: Strategy;
  /** under the page's h1 (the case page), as a part with its own h2 for a screen reader's heading
   * list; above a wizard step's h1 it is the page's top line and has none */
  titled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = asLocale(i18n.language);
  const caseRef = view.assessment.basics?.caseRef;
  const name = strategy.name[locale] ?? strategy.name.fi;
  const validity = strategy.validTo
    ? t("case.validityRange", {
        from: formatDate(strategy.validFrom, locale),
        to: formatDate(strategy.validTo, locale),
      })
    : t("case.validity", { from: formatDate(strategy.validFrom, locale) });
  const p = strategy.provenance;
  const translated = p?.translated.includes(locale) && locale !== "fi";
  const examples = p?.examples ?? [];
  const list = (
    <dl className="case-header" id="case-header" tabIndex={-1}>
      <div>
        <dt>{t("case.caseRef")}</dt>
        <dd>
          {caseRef?.system ? t(`codes.caseSystem.${caseRef.system}`) : ""} {caseRef?.caseId ?? ""}
        </dd>
      </div>
      <div>
        <dt>{t("case.strategy")}</dt>
        <dd>
          {name}, {t("case.strategyVersion", { n: strategy.version })} ({validity})
          {translated && (
            <span className="hint">
              {" "}
              {t("case.translated", { language: t(`case.languageName.${locale}`) })}
            </span>
          )}
          {examples.length > 0 && (
            <span className="hint">
              {" "}
              {t("case.examples", { parts: examples.map((x) => t(`case.part.${x}`)).join(", ") })}
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t("case.status")}</dt>
        <dd>
          {t(`list.status.${view.status}`)}, {t("case.version", { n: view.version })}
          {view.approvedAt && view.approvedBy && (
            <>
              {" · "}
              {t("case.approved", { who: view.approvedBy, when: formatDateTime(view.approvedAt, locale) })}
            </>
          )}
        </dd>
      </div>
    </dl>
  );
  if (!titled) return list;
  return (
    <section aria-labelledby="case-header-title">
      <h2 id="case-header-title" className="visually-hidden">
        {t("case.title")}
      </h2>
      {list}
    </section>
  );
}
