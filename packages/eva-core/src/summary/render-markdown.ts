import type { Summary } from "../schemas/summary.js";
import { escapeLineStart, escapeMarkdown } from "./escape.js";

const md = (text: string) => escapeMarkdown(text);

/**
 * The board summary as CommonMark that reads well in a case system: page 1 that decides (the
 * question, the alternatives, the proposal and its three reasons, the verdict and what would
 * change it, money, the main risk, who was heard, who prepared and approved it), a rule, then the
 * appendix. Every user text is escaped, so it cannot inject Markdown or HTML; lists that have an
 * order are numbered 1, 2, 3 as CommonMark renders them.
 */
export function renderMarkdown(summary: Summary): string {
  const s = summary;
  const h = (k: string) => md(s.headings[k] ?? k);
  const lines: string[] = [];
  const para = (...texts: string[]) => {
    // a paragraph's first word must not start a heading, a list or a rule
    const text = escapeLineStart(texts.filter(Boolean).join(" "));
    if (text) lines.push(text, "");
  };
  const list = (items: readonly string[]) => {
    if (items.length === 0) para(h("label.none"));
    else lines.push(...items.map((x) => `- ${md(x)}`), "");
  };
  const table = (head: string[], align: string[], rows: string[][]) => {
    lines.push(
      `| ${head.join(" | ")} |`,
      `|${align.join("|")}|`,
      ...rows.map((r) => `| ${r.join(" | ")} |`),
      "",
    );
  };

  // page 1
  lines.push(`# ${md(s.title)}`, "");
  para(
    `**${h("label.case")}:** ${md(s.caseId)} (${md(s.caseSystem)}) · **${h("label.decisionBody")}:** ${md(s.decisionBody)}${s.deadline ? ` · **${h("label.deadline")}:** ${md(s.deadline)}` : ""}`,
  );
  if (s.statusText) para(`_${md(s.statusText)}_`);

  // the alternatives by short name, with their scores and money: one table
  lines.push(`## ${h("heading.alternatives")}`, "");
  const moneyOf = new Map(s.money.rows.map((r) => [r.alternativeId, r]));
  const withMoney = s.money.rows.length > 0;
  table(
    [
      h("label.alternative"),
      h("label.score"),
      ...(withMoney ? [h("label.npv"), ...s.money.nextYears.map(String)] : []),
    ],
    ["---", "---:", ...(withMoney ? ["---:", ...s.money.nextYears.map(() => "---:")] : [])],
    s.alternatives.map((a) => {
      const money = moneyOf.get(a.id);
      return [
        `**${md(a.shortName)}**${a.note ? ` ${md(a.note)}` : ""}`,
        md(a.scoreText),
        ...(withMoney
          ? [md(money?.npvText ?? ""), ...s.money.nextYears.map((_, k) => md(money?.nextYears[k] ?? ""))]
          : []),
      ];
    }),
  );
  para(withMoney ? md(s.money.discountRate) : md(s.money.none));

  lines.push(`## ${h("heading.recommendation")}`, "");
  para(`**${md(s.recommendation.sentence)}**`);
  if (s.recommendation.reasons.length > 0) {
    para(md(s.recommendation.reasonsIntro));
    lines.push(...s.recommendation.reasons.map((r, i) => `${i + 1}. ${md(r)}`), "");
  }

  lines.push(`## ${h("heading.sensitivity")}`, "");
  para(`**${md(s.verdict.sentence)}**`);
  para(`${h("label.whatWouldChange")}:`);
  list(s.sensitivity);

  lines.push(`## ${h("heading.topRisk")}`, "");
  para(md(s.topRisk));
  lines.push(`## ${h("heading.participation")}`, "");
  para(md(s.heard));
  lines.push(`## ${h("heading.prepared")}`, "");
  para(...s.preparation.map(md));

  // the appendix
  lines.push("---", "", `## ${h("heading.appendix")}`, "");

  lines.push(`### ${h("heading.background")}`, "");
  para(`**${h("label.problem")}:** ${md(s.problem)}`);
  para(`**${h("label.objective")}:** ${md(s.objective)}`);

  lines.push(`### ${h("heading.alternativesDetail")}`, "");
  table(
    [h("label.rank"), h("label.alternative"), h("label.score")],
    ["---:", "---", "---:"],
    [...s.alternatives]
      .sort((x, y) => x.rank - y.rank)
      .map((a) => [String(a.rank), md(a.shortName), md(a.scoreText)]),
  );
  lines.push(
    ...s.alternatives.map(
      (a) => `- **${md(a.shortName)}**${a.note ? ` ${md(a.note)}` : ""}: ${md(a.name)}. ${md(a.description)}`,
    ),
    "",
  );
  lines.push(`### ${h("label.justification")}`, "");
  para(md(s.recommendation.justification));
  if (s.recommendation.notBestReason) para(md(s.recommendation.notBestReason));

  lines.push(`### ${h("heading.scores")}`, "");
  table(
    [
      h("label.alternative"),
      ...s.groups.map((g) => `${md(g.label)} (${md(g.weightText)})`),
      h("label.total"),
    ],
    ["---", ...s.groups.map(() => "---:"), "---:"],
    s.groupScores.map((r) => [md(r.shortName), ...r.cells.map((c) => md(c.text)), md(r.totalText)]),
  );

  lines.push(`### ${h("heading.matrix")}`, "");
  const matrixRows: string[][] = [];
  let group = "";
  for (const row of s.matrix) {
    if (row.group !== group) {
      group = row.group;
      matrixRows.push([`**${md(row.groupLabel)}**`, ...s.alternatives.map(() => "")]);
    }
    matrixRows.push([md(row.label), ...row.cells.map((c) => md(c.text))]);
  }
  table(
    [h("label.criterion"), ...s.alternatives.map((a) => md(a.shortName))],
    ["---", ...s.alternatives.map(() => ":---:")],
    matrixRows,
  );
  para(h("label.matrixLegend"));

  lines.push(`### ${h("heading.risks")}`, "");
  if (s.risks.length === 0) para(h("label.none"));
  lines.push(
    ...s.risks.map(
      (r) =>
        `- **${md(r.title)}** (${md(r.alternative)}; ${h("label.band")}: ${md(r.bandText)}). ${h("label.mitigation")}: ${md(r.mitigation)}`,
    ),
    ...(s.risks.length ? [""] : []),
  );

  lines.push(`### ${h("heading.moneyDetail")}`, "");
  if (s.money.rows.length === 0) para(md(s.money.none));
  else {
    table(
      [h("label.alternative"), h("label.npv"), ...s.money.years.map(String), h("label.funding")],
      ["---", "---:", ...s.money.years.map(() => "---:"), "---"],
      s.money.rows.map((r) => [md(r.alternative), md(r.npvText), ...r.byYear.map(md), md(r.funding ?? "")]),
    );
    para(md(s.money.discountRate));
  }

  lines.push(`### ${h("heading.strategy")}`, "");
  para(`**${h("label.helped")}:** ${s.strategyEffects.helped.map(md).join(", ") || h("label.none")}`);
  para(`**${h("label.harmed")}:** ${s.strategyEffects.harmed.map(md).join(", ") || h("label.none")}`);

  lines.push(`### ${h("heading.groups")}`, "");
  list(s.affectedGroups);
  lines.push(`### ${h("heading.participationDetail")}`, "");
  list(s.participation);

  lines.push(`### ${h("heading.robustnessDetail")}`, "");
  list(s.verdict.details.length > 0 ? s.verdict.details : [s.verdict.sentence]);

  lines.push(`### ${h("heading.quality")}`, "");
  para(md(s.completeness.text));
  if (s.findings.length) list(s.findings.map((f) => `${f.title} ${f.action}`));

  lines.push(`### ${h("heading.followUp")}`, "");
  if (s.followUp) {
    para(
      `${md(s.followUp.date)}. ${h("label.indicators")}: ${s.followUp.indicators.map(md).join(", ") || h("label.none")}`,
    );
  } else para(h("label.none"));

  lines.push(`### ${h("heading.method")}`, "");
  para(md(s.method));
  while (lines[lines.length - 1] === "") lines.pop();
  return `${lines.join("\n")}\n`;
}
