import type { PortfolioProposal } from "eva-core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Heading, InlineAlert, VisuallyHidden } from "suomifi-ui-components";
import type { PortfolioAnswer } from "../api/portfolio.js";
import { ScrollRegion } from "../components/scroll-region/index.js";
import { euros, gain, percent } from "./format.js";

const classes = ["core", "borderline", "exterior"] as const;

/** The core index as a bar (decoration) with the number as text beside it. */
function CoreIndex({ share, lang }: { share: number; lang: string }) {
  return (
    <span className="core-index">
      <span className="core-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
      <span>{percent(share, lang)}</span>
    </span>
  );
}

function ClassTable({
  kind,
  rows,
  lang,
}: {
  kind: (typeof classes)[number];
  rows: PortfolioProposal[];
  lang: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const title = t(`portfolio.class.${kind}`);
  return (
    <section aria-labelledby={id} className={`portfolio-class portfolio-${kind}`}>
      <Heading variant="h3" id={id}>
        {title} ({rows.length})
      </Heading>
      <p className="hint">{t(`portfolio.class.${kind}Hint`)}</p>
      {rows.length === 0 ? (
        <p>{t("portfolio.none")}</p>
      ) : (
        <ScrollRegion label={t("portfolio.tableCaption", { class: title })}>
          <table>
            <caption>
              <VisuallyHidden>{t("portfolio.tableCaption", { class: title })}</VisuallyHidden>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("portfolio.proposal")}</th>
                <th scope="col">{t("portfolio.coreIndex")}</th>
                <th scope="col">{t("portfolio.cost")}</th>
                <th scope="col">{t("portfolio.value")}</th>
                <th scope="col">{t("portfolio.why")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {p.title}
                    <span className="meta"> {p.caseId}</span>
                  </th>
                  <td>
                    <CoreIndex share={p.coreIndex} lang={lang} />
                  </td>
                  <td className="num">{euros(p.cost, lang)}</td>
                  <td className="num">{gain(p.value, lang)}</td>
                  <td>{p.sentence}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

/**
 * The portfolio analysis as the board reads it: the budget used, then core (fund), borderline
 * (the board's to decide, with what each depends on) and exterior (drop) proposals, each with its
 * core index as a bar and a number, its cost, value and one sentence. Renders the API's answer;
 * computes nothing.
 */
export function PortfolioResult({
  answer,
  csv,
  fileName,
}: {
  answer: PortfolioAnswer;
  /** the same analysis as CSV, for the download link */
  csv?: string | undefined;
  fileName: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const used = answer.budgetUsed;
  return (
    <>
      <p>
        {t("portfolio.budgetUsed", {
          budget: euros(answer.budget, lang),
          core: euros(used.core, lang),
          count: answer.portfolios,
          min: euros(used.min, lang),
          max: euros(used.max, lang),
        })}
      </p>
      {answer.truncated && <InlineAlert status="warning">{t("portfolio.truncated")}</InlineAlert>}
      {csv !== undefined && (
        <p className="buttons">
          <a href={`data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${csv}`)}`} download={fileName}>
            {t("portfolio.downloadCsv")}
          </a>
        </p>
      )}
      {classes.map((kind) => (
        <ClassTable
          key={kind}
          kind={kind}
          rows={answer.proposals.filter((p) => p.class === kind)}
          lang={lang}
        />
      ))}
    </>
  );
}
