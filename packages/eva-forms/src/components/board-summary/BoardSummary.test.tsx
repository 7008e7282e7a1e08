import { render, screen, within } from "@testing-library/react";
import { demoAssessment, evaluate, exampleStrategies, type Summary, summarize } from "eva-core";
import { describe, expect, it } from "vitest";
import fi from "../../i18n/fi.json";
import { axeViolations } from "../../test/axe.js";
import { BoardSummary } from "./BoardSummary.js";

const evaluation = evaluate(demoAssessment, exampleStrategies.kaarina, { samples: 500 });

// The sections the board document has, in order (the served page showed these before it became
// this component: nothing may be lost in the move).
const sections = [
  "heading.alternatives",
  "heading.recommendation",
  "heading.sensitivity",
  "heading.scores",
  "heading.matrix",
  "heading.risks",
  "heading.money",
  "heading.strategy",
  "heading.groups",
  "heading.participation",
  "heading.quality",
  "heading.followUp",
  "heading.prepared",
];

describe("BoardSummary", () => {
  it.each(["fi", "sv", "en"] as const)(
    "renders core's summary in %s with the chart, its table and the impact matrix, without axe violations",
    async (locale) => {
      const summary = summarize(evaluation, { locale });
      const { container } = render(<BoardSummary summary={summary} />);
      expect(screen.getByRole("heading", { level: 2, name: summary.title })).toBeInTheDocument();
      expect(screen.getByRole("img", { name: summary.chart.title })).toBeInTheDocument();
      expect(screen.getByRole("table", { name: summary.chart.title })).toBeInTheDocument();
      expect(screen.getAllByRole("row").length).toBeGreaterThan(summary.matrix.length);
      expect(screen.getByText(summary.recommendation.sentence)).toBeInTheDocument();
      expect(await axeViolations(container)).toEqual([]);
    },
  );

  it("has every section of the board document, one level below the title", () => {
    const summary = summarize(evaluation, { locale: "sv" });
    render(<BoardSummary summary={summary} level={1} />);
    expect(screen.getByRole("heading", { level: 1, name: summary.title })).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 2 }).map((e) => e.textContent)).toEqual(
      sections.map((k) => summary.headings[k]),
    );
    expect(screen.getByText(summary.problem, { exact: false })).toBeInTheDocument();
    expect(screen.getByText(summary.objective, { exact: false })).toBeInTheDocument();
    expect(screen.getByText(summary.method)).toBeInTheDocument();
  });

  it("puts the chart's numbers, the matrix and the money in keyboard-scrollable named regions", () => {
    const summary = summarize(evaluation, { locale: "fi" });
    expect(summary.money.rows.length).toBeGreaterThan(0);
    render(<BoardSummary summary={summary} />);
    const regions = screen.getAllByRole("region");
    expect(regions.map((r) => r.getAttribute("aria-label"))).toEqual([
      summary.chart.title,
      summary.headings["heading.matrix"],
      summary.headings["heading.money"],
    ]);
    for (const r of regions) expect(r).toHaveAttribute("tabindex", "0");
    const money = within(regions[2] as HTMLElement);
    expect(money.getAllByRole("columnheader")).toHaveLength(2 + summary.money.years.length);
    expect(money.getAllByRole("rowheader").map((e) => e.textContent)).toEqual(
      summary.money.rows.map((r) => r.alternative),
    );
  });

  it("says 'none' in an empty section instead of leaving it bare", () => {
    const full = summarize(evaluation, { locale: "en" });
    const empty: Summary = {
      ...full,
      sensitivity: [],
      risks: [],
      participation: [],
      affectedGroups: [],
      followUp: null,
      strategyEffects: { helped: [], harmed: [] },
      money: { ...full.money, rows: [] },
    };
    render(<BoardSummary summary={empty} />);
    const none = full.headings["label.none"] ?? "";
    expect(none).not.toBe("");
    // sensitivity, risks, groups, participation and follow-up each a paragraph; helped and harmed
    // after their label (getByText reads an element's own text, without the <strong> label)
    const said = screen.getAllByText(none).map((e) => e.textContent);
    expect(said).toHaveLength(7);
    expect(said.filter((t) => t === none)).toHaveLength(5);
    expect(said).toContain(`${full.headings["label.helped"]}: ${none}`);
    expect(said).toContain(`${full.headings["label.harmed"]}: ${none}`);
    expect(screen.getAllByRole("region")).toHaveLength(2);
  });

  it("offers printing with the catalogue's label when asked, and not otherwise", () => {
    let printed = 0;
    const summary = summarize(evaluation, { locale: "fi" });
    const { unmount } = render(
      <BoardSummary summary={summary} print={{ label: fi["summary.print"], onPrint: () => printed++ }} />,
    );
    screen.getByRole("button", { name: "Tulosta / tallenna PDF" }).click();
    expect(printed).toBe(1);
    unmount();
    render(<BoardSummary summary={summary} />);
    expect(screen.queryByRole("button")).toBeNull();
  });
});
