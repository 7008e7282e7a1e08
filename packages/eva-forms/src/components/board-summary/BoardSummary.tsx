/** @jsxRuntime automatic */
// eva-api runs this file under tsx (eva-forms/server), which reads JSX settings only from the tsconfig in its cwd
import { renderChartSvg, type Summary } from "eva-core";
import { ImpactMatrix } from "../impact-matrix/index.js";
import { AlternativesTable, MoneyTable, RankingTable, ScoreTable } from "./SummaryTables.js";
import { TextList } from "./TextList.js";

export interface BoardSummaryProps {
  summary: Summary;
  /**
   * The title's heading level: 2 inside the wizard's page (which has its own h1), 1 when the
   * summary is the whole document (the HTML the API serves). Sections are one level below.
   */
  level?: 1 | 2;
  /** Shows a print button (the wizard); the served HTML has none, as its CSP allows no script. */
  print?: { label: string; onPrint: () => void };
}

/**
 * The board's summary (core's Summary, rendered; no arithmetic here). Page 1 decides: the
 * alternatives by short name with their scores and money, the proposal and the three reasons
 * that decide it, one robustness verdict and what would change the outcome, the main risk, who
 * was heard, who prepared and approved it. The appendix, which starts a new printed page, has
 * the rest: background, the alternatives in full, the chart and its table, the impact matrix,
 * every risk, money by year, strategy, participation, the verdict's reasons, findings, method.
 * The wizard shows it and eva-forms/server serialises it for the API: one rendering.
 */
export function BoardSummary({ summary: s, level = 2, print }: BoardSummaryProps) {
  const h = (k: string) => s.headings[k] ?? k;
  const none = h("label.none");
  const Title = level === 1 ? "h1" : "h2";
  const Section = level === 1 ? "h2" : "h3";
  const Sub = level === 1 ? "h3" : "h4";
  return (
    <article className="board-summary" lang={s.locale} aria-labelledby="summary-title">
      <section className="page-one">
        <Title id="summary-title">{s.title}</Title>
        <p className="meta">
          {h("label.case")}: {s.caseId} ({s.caseSystem}) · {h("label.decisionBody")}: {s.decisionBody}
          {s.deadline ? ` · ${h("label.deadline")}: ${s.deadline}` : ""}
        </p>
        {s.statusText && <p className={`status status-${s.status ?? "none"}`}>{s.statusText}</p>}
        {print && (
          <button type="button" className="no-print" onClick={print.onPrint}>
            {print.label}
          </button>
        )}
        <Section>{h("heading.alternatives")}</Section>
        <AlternativesTable summary={s} h={h} />
        <p className="note">{s.money.rows.length > 0 ? s.money.discountRate : s.money.none}</p>
        <Section>{h("heading.recommendation")}</Section>
        <p>
          <strong>{s.recommendation.sentence}</strong>
        </p>
        {s.recommendation.reasons.length > 0 && (
          <>
            <p>{s.recommendation.reasonsIntro}</p>
            <ol>
              {s.recommendation.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ol>
          </>
        )}
        <Section>{h("heading.sensitivity")}</Section>
        <p className={s.verdict.stable ? "verdict stable" : "verdict fragile"}>
          <strong>{s.verdict.sentence}</strong>
        </p>
        <p>{h("label.whatWouldChange")}:</p>
        <TextList items={s.sensitivity} none={none} />
        <Section>{h("heading.topRisk")}</Section>
        <p>{s.topRisk}</p>
        <Section>{h("heading.participation")}</Section>
        <p>{s.heard}</p>
        <Section>{h("heading.prepared")}</Section>
        <p className="preparation">{s.preparation.join(" ")}</p>
      </section>

      <section className="appendix" aria-labelledby="summary-appendix">
        <Section id="summary-appendix">{h("heading.appendix")}</Section>
        <Sub>{h("heading.background")}</Sub>
        <p>
          <strong>{h("label.problem")}:</strong> {s.problem}
        </p>
        <p>
          <strong>{h("label.objective")}:</strong> {s.objective}
        </p>
        <Sub>{h("heading.alternativesDetail")}</Sub>
        <RankingTable summary={s} h={h} />
        <ul>
          {s.alternatives.map((a) => (
            <li key={a.id}>
              <strong>{a.shortName}</strong>
              {a.note ? ` ${a.note}` : ""}: {a.name}. {a.description}
            </li>
          ))}
        </ul>
        <Sub>{h("label.justification")}</Sub>
        <p>{s.recommendation.justification}</p>
        {s.recommendation.notBestReason && <p>{s.recommendation.notBestReason}</p>}
        <Sub>{h("heading.scores")}</Sub>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is core's renderChartSvg output, which escapes every text */}
        <figure className="chart" dangerouslySetInnerHTML={{ __html: renderChartSvg(s) }} />
        <ScoreTable summary={s} h={h} />
        <Sub>{h("heading.matrix")}</Sub>
        <ImpactMatrix
          rows={s.matrix}
          alternatives={s.alternatives}
          label={h("heading.matrix")}
          criterionLabel={h("label.criterion")}
          legend={h("label.matrixLegend")}
        />
        <Sub>{h("heading.risks")}</Sub>
        {s.risks.length === 0 ? (
          <p>{none}</p>
        ) : (
          <ul>
            {s.risks.map((r, i) => (
              // titles may repeat, so the position keeps the keys apart
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is rendered once and never reordered
              <li key={i}>
                <strong>{r.title}</strong> ({r.alternative}; {h("label.band")}: {r.bandText}).{" "}
                {h("label.mitigation")}: {r.mitigation}
              </li>
            ))}
          </ul>
        )}
        <Sub>{h("heading.moneyDetail")}</Sub>
        {s.money.rows.length === 0 ? <p>{s.money.none}</p> : <p>{s.money.discountRate}</p>}
        <MoneyTable summary={s} h={h} />
        <Sub>{h("heading.strategy")}</Sub>
        <p>
          <strong>{h("label.helped")}:</strong> {s.strategyEffects.helped.join(", ") || none}
        </p>
        <p>
          <strong>{h("label.harmed")}:</strong> {s.strategyEffects.harmed.join(", ") || none}
        </p>
        <Sub>{h("heading.groups")}</Sub>
        <TextList items={s.affectedGroups} none={none} />
        <Sub>{h("heading.participationDetail")}</Sub>
        <TextList items={s.participation} none={none} />
        <Sub>{h("heading.robustnessDetail")}</Sub>
        <TextList
          items={s.verdict.details.length > 0 ? s.verdict.details : [s.verdict.sentence]}
          none={none}
        />
        <Sub>{h("heading.quality")}</Sub>
        <p>{s.completeness.text}</p>
        {s.findings.length > 0 && (
          <ul>
            {s.findings.map((f, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two findings may read the same; the list never reorders
              <li key={i}>
                {f.title} {f.action}
              </li>
            ))}
          </ul>
        )}
        <Sub>{h("heading.followUp")}</Sub>
        <p>
          {s.followUp
            ? `${s.followUp.date}. ${h("label.indicators")}: ${s.followUp.indicators.join(", ") || none}`
            : none}
        </p>
        <Sub>{h("heading.method")}</Sub>
        <p className="note">{s.method}</p>
      </section>
    </article>
  );
}
