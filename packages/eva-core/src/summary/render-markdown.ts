import type { Summary } from "../schemas/summary.js";
import { escapeMarkdown as md } from "./escape.js";

/**
 * The board summary as Markdown that reads well in a case system: one page, headings, one table
 * for the scores and one for the impacts. Every user text is escaped, so it cannot inject
 * Markdown or HTML.
 */
export function renderMarkdown(summary: Summary): string {
  const h = (k: string) => md(summary.headings[k] ?? k);
  const lines: string[] = [];
  const list = (items: string[]) =>
    items.length ? items.map((x) => `- ${md(x)}`) : [`- ${h("label.none")}`];
  lines.push(`# ${md(summary.title)}`, "");
  lines.push(
    `**${h("label.case")}:** ${md(summary.caseId)} (${md(summary.caseSystem)}) · **${h("label.decisionBody")}:** ${md(summary.decisionBody)}${summary.deadline ? ` · **${h("label.deadline")}:** ${md(summary.deadline)}` : ""}`,
    "",
  );
  lines.push(
    `**${h("label.problem")}:** ${md(summary.problem)}`,
    "",
    `**${h("label.objective")}:** ${md(summary.objective)}`,
    "",
  );

  lines.push(`## ${h("heading.alternatives")}`, "");
  for (const a of summary.alternatives) {
    lines.push(
      `${a.rank}. **${md(a.name)}**${a.note ? ` ${md(a.note)}` : ""} — ${md(a.description)} (${h("label.score")} ${md(a.scoreText)})`,
    );
  }
  lines.push("");

  lines.push(
    `## ${h("heading.recommendation")}`,
    "",
    md(summary.recommendation.sentence),
    "",
    md(summary.recommendation.justification),
    "",
  );
  if (summary.recommendation.notBestReason) lines.push(md(summary.recommendation.notBestReason), "");
  lines.push(...list(summary.recommendation.reasons), "");

  lines.push(`## ${h("heading.sensitivity")}`, "", ...list(summary.sensitivity), "");

  lines.push(`## ${h("heading.scores")}`, "");
  lines.push(
    `| ${h("label.alternative")} | ${summary.groups.map((g) => md(g.label)).join(" | ")} | ${h("label.total")} |`,
  );
  lines.push(`|---|${summary.groups.map(() => "---:").join("|")}|---:|`);
  for (const row of summary.groupScores) {
    lines.push(
      `| ${md(row.name)} | ${row.cells.map((c) => md(c.text)).join(" | ")} | ${md(row.totalText)} |`,
    );
  }
  lines.push("");

  lines.push(`## ${h("heading.matrix")}`, "");
  lines.push(`| ${h("label.criterion")} | ${summary.alternatives.map((a) => md(a.name)).join(" | ")} |`);
  lines.push(`|---|${summary.alternatives.map(() => ":---:").join("|")}|`);
  for (const row of summary.matrix) {
    lines.push(`| ${md(row.label)} | ${row.cells.map((c) => md(c.description)).join(" | ")} |`);
  }
  lines.push("");

  lines.push(`## ${h("heading.risks")}`, "");
  if (summary.risks.length === 0) lines.push(`- ${h("label.none")}`);
  for (const r of summary.risks) {
    lines.push(
      `- **${md(r.title)}** (${md(r.alternative)}; ${h("label.band")}: ${md(r.bandText)}). ${h("label.mitigation")}: ${md(r.mitigation)}`,
    );
  }
  lines.push("");

  lines.push(`## ${h("heading.money")}`, "", md(summary.money.discountRate), "");
  if (summary.money.rows.length) {
    lines.push(`| ${h("label.alternative")} | ${h("label.npv")} | ${summary.money.years.join(" | ")} |`);
    lines.push(`|---|---:|${summary.money.years.map(() => "---:").join("|")}|`);
    for (const r of summary.money.rows)
      lines.push(`| ${md(r.alternative)} | ${md(r.npvText)} | ${r.byYear.map(md).join(" | ")} |`);
    lines.push("");
  }

  lines.push(`## ${h("heading.strategy")}`, "");
  lines.push(
    `**${h("label.helped")}:** ${summary.strategyEffects.helped.map(md).join(", ") || h("label.none")}`,
    "",
  );
  lines.push(
    `**${h("label.harmed")}:** ${summary.strategyEffects.harmed.map(md).join(", ") || h("label.none")}`,
    "",
  );

  lines.push(`## ${h("heading.groups")}`, "", ...list(summary.affectedGroups), "");
  lines.push(`## ${h("heading.participation")}`, "", ...list(summary.participation), "");
  lines.push(`## ${h("heading.quality")}`, "", md(summary.completeness.text), "");
  for (const f of summary.findings) lines.push(`- ${md(f.title)} ${md(f.action)}`);
  if (summary.findings.length) lines.push("");
  lines.push(`## ${h("heading.followUp")}`, "");
  if (summary.followUp) {
    lines.push(
      `${md(summary.followUp.date)}. ${h("label.indicators")}: ${summary.followUp.indicators.map(md).join(", ") || h("label.none")}`,
      "",
    );
  } else lines.push(`- ${h("label.none")}`, "");
  lines.push(`## ${h("heading.prepared")}`, "");
  lines.push(
    [
      summary.preparedBy ? `${h("label.preparedBy")}: ${md(summary.preparedBy)}` : "",
      summary.preparedAt ? `${h("label.preparedAt")}: ${md(summary.preparedAt)}` : "",
      `${h("label.strategyVersion")}: ${md(summary.strategy)}`,
    ]
      .filter(Boolean)
      .join(" · "),
    "",
    `_${md(summary.method)}_`,
    "",
  );
  return lines.join("\n");
}
