/** @jsxRuntime automatic */
// eva-api runs this file under tsx (eva-forms/server), which reads JSX settings only from the tsconfig in its cwd
import { renderChartSvg, type Summary } from "eva-core";
import { MatrixTable, MoneyTable, ScoreTable } from "./SummaryTables.js";
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
 * The board's one-page summary (core's Summary, rendered; no arithmetic here): the chart and the
 * same numbers in a table, the impact matrix with signs, risks, money, participation, follow-up.
 * The wizard shows it and eva-forms/server serialises it for the API: one rendering.
 */
export function BoardSummary({ summary: s, level = 2, print }: BoardSummaryProps) {
  const h = (k: string) => s.headings[k] ?? k;
  const none = h("label.none");
  const Title = level === 1 ? "h1" : "h2";
  const Section = level === 1 ? "h2" : "h3";
  const prepared = [
    s.preparedBy ? `${h("label.preparedBy")}: ${s.preparedBy}` : "",
    s.preparedAt ? `${h("label.preparedAt")}: ${s.preparedAt}` : "",
    `${h("label.strategyVersion")}: ${s.strategy}`,
  ].filter(Boolean);
  return (
    <article className="board-summary" lang={s.locale} aria-labelledby="summary-title">
      <Title id="summary-title">{s.title}</Title>
      <p className="meta">
        {h("label.case")}: {s.caseId} ({s.caseSystem}) · {h("label.decisionBody")}: {s.decisionBody}
        {s.deadline ? ` · ${h("label.deadline")}: ${s.deadline}` : ""}
      </p>
      {print && (
        <button type="button" className="no-print" onClick={print.onPrint}>
          {print.label}
        </button>
      )}
      <p>
        <strong>{h("label.problem")}:</strong> {s.problem}
      </p>
      <p>
        <strong>{h("label.objective")}:</strong> {s.objective}
      </p>
      <Section>{h("heading.alternatives")}</Section>
      <ol>
        {[...s.alternatives]
          .sort((a, b) => a.rank - b.rank)
          .map((a) => (
            <li key={a.id}>
              <strong>{a.name}</strong> {a.note} — {a.description} ({h("label.score")} {a.scoreText})
            </li>
          ))}
      </ol>
      <Section>{h("heading.recommendation")}</Section>
      <p>
        <strong>{s.recommendation.sentence}</strong>
      </p>
      <p>{s.recommendation.justification}</p>
      {s.recommendation.notBestReason && <p>{s.recommendation.notBestReason}</p>}
      <TextList items={s.recommendation.reasons} none={none} />
      <Section>{h("heading.sensitivity")}</Section>
      <TextList items={s.sensitivity} none={none} />
      <Section>{h("heading.scores")}</Section>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is core's renderChartSvg output, which escapes every text */}
      <figure className="chart" dangerouslySetInnerHTML={{ __html: renderChartSvg(s) }} />
      <ScoreTable summary={s} h={h} />
      <Section>{h("heading.matrix")}</Section>
      <MatrixTable summary={s} h={h} />
      <Section>{h("heading.risks")}</Section>
      {s.risks.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul>
          {s.risks.map((r) => (
            <li key={`${r.alternative}-${r.title}`}>
              <strong>{r.title}</strong> ({r.alternative}; {h("label.band")}: {r.bandText}).{" "}
              {h("label.mitigation")}: {r.mitigation}
            </li>
          ))}
        </ul>
      )}
      <Section>{h("heading.money")}</Section>
      <p>{s.money.discountRate}</p>
      <MoneyTable summary={s} h={h} />
      <Section>{h("heading.strategy")}</Section>
      <p>
        <strong>{h("label.helped")}:</strong> {s.strategyEffects.helped.join(", ") || none}
      </p>
      <p>
        <strong>{h("label.harmed")}:</strong> {s.strategyEffects.harmed.join(", ") || none}
      </p>
      <Section>{h("heading.groups")}</Section>
      <TextList items={s.affectedGroups} none={none} />
      <Section>{h("heading.participation")}</Section>
      <TextList items={s.participation} none={none} />
      <Section>{h("heading.quality")}</Section>
      <p>{s.completeness.text}</p>
      {s.findings.length > 0 && (
        <ul>
          {s.findings.map((f) => (
            <li key={`${f.title}-${f.action}`}>
              {f.title} {f.action}
            </li>
          ))}
        </ul>
      )}
      <Section>{h("heading.followUp")}</Section>
      <p>
        {s.followUp
          ? `${s.followUp.date}. ${h("label.indicators")}: ${s.followUp.indicators.join(", ")}`
          : none}
      </p>
      <Section>{h("heading.prepared")}</Section>
      <p className="note">{prepared.join(" · ")}</p>
      <p className="note">{s.method}</p>
    </article>
  );
}
