import type { Locale, Strategy } from "eva-core";
import { useTranslation } from "react-i18next";
import type { LiveFinding } from "./compute-live-result.js";
import { useLiveResult } from "./use-live-result.js";
import "./live-result.css";

function Findings({ items }: { items: LiveFinding[] }) {
  return (
    <ul className="findings">
      {items.map((f, i) => (
        // the same words may come twice (two alternatives without a description)
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole on each result
        <li key={`${i}-${f.title}`} data-severity={f.severity}>
          <strong>{f.title}</strong> {f.action}
        </li>
      ))}
    </ul>
  );
}

/**
 * Tulos nyt: the evaluation of the draft as it is typed (scores and ranks, why the leader leads,
 * what would change it, SMAA first-rank acceptability, open findings). Not a live region: a
 * recalculation on every keystroke would talk over the field being typed in; aria-busy marks
 * a pending recalculation instead.
 */
export function LiveResultPanel({ strategy }: { strategy: Strategy }) {
  const { t, i18n } = useTranslation();
  const { result, pending, failed } = useLiveResult(strategy, i18n.language as Locale);
  return (
    <aside className="live-result" aria-labelledby="live-result-title" aria-busy={pending}>
      <h2 id="live-result-title">{t("result.title")}</h2>
      <p className="hint">{t("result.hint")}</p>
      {failed && <p className="notice">{t("result.failed")}</p>}
      {result === null ? (
        <p>{t("result.computing")}</p>
      ) : result.status === "incomplete" ? (
        <>
          <p>{t("result.needAlternatives")}</p>
          <h3>{t("result.missing")}</h3>
          <Findings items={result.findings} />
        </>
      ) : (
        <>
          {result.provisional && <p className="notice">{t("result.provisional")}</p>}
          <table>
            <caption>{t("result.scores")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("result.rank")}</th>
                <th scope="col">{t("result.alternative")}</th>
                <th scope="col">{t("result.score")}</th>
                <th scope="col">{t("result.firstRank")}</th>
              </tr>
            </thead>
            <tbody>
              {result.alternatives.map((a) => (
                <tr key={a.id}>
                  <td>{a.rank}</td>
                  <th scope="row">{a.name}</th>
                  <td>{a.scoreText}</td>
                  <td>{a.firstRankText}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hint">{t("result.firstRankHint")}</p>
          <h3>{t("result.robustness")}</h3>
          <p>{t("result.robust", { name: result.leader, share: result.robustness })}</p>
          <h3>{t("result.leads", { name: result.leader })}</h3>
          {result.reasons.length > 0 ? (
            <ul>
              {result.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          ) : (
            <p>{t("result.noReasons")}</p>
          )}
          <h3>{t("result.sensitivity")}</h3>
          <ul>
            {result.sensitivity.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <h3>{result.provisional ? t("result.missing") : t("result.findings")}</h3>
          {result.findings.length > 0 ? (
            <Findings items={result.findings} />
          ) : (
            <p>{t("result.noFindings")}</p>
          )}
        </>
      )}
    </aside>
  );
}
