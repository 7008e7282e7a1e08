import { render, screen, within } from "@testing-library/react";
import { demoAssessment, evaluate, exampleStrategies, type Summary, summarize } from "eva-core";
import { describe, expect, it } from "vitest";
import { distinctIdsCase, rawIdsIn } from "../../../../eva-core/test/summary-fixtures.js";
import fi from "../../i18n/fi.json";
import { axeViolations } from "../../test/axe.js";
import { BoardSummary } from "./BoardSummary.js";

const evaluation = evaluate(demoAssessment, exampleStrategies.kaarina, { samples: 500 });

// Page 1's sections, then the appendix's, in order: page 1 decides, the appendix has the rest.
const pageOne = [
  "heading.alternatives",
  "heading.recommendation",
  "heading.sensitivity",
  "heading.topRisk",
  "heading.participation",
  "heading.prepared",
];
const appendix = [
  "heading.background",
  "heading.alternativesDetail",
  "label.justification",
  "heading.scores",
  "heading.matrix",
  "heading.risks",
  "heading.moneyDetail",
  "heading.strategy",
  "heading.groups",
  "heading.participationDetail",
  "heading.robustnessDetail",
  "heading.quality",
  "heading.followUp",
  "heading.method",
];

describe("BoardSummary", () => {
  it.each(["fi", "sv", "en"] as const)(
    "renders core's summary in %s with the verdict, the chart, its table and the impact matrix, without axe violations",
    async (locale) => {
      const summary = summarize(evaluation, { locale, status: "approved", approvedAt: "2026-03-01" });
      const { container } = render(<BoardSummary summary={summary} />);
      expect(screen.getByRole("heading", { level: 2, name: summary.title })).toBeInTheDocument();
      expect(screen.getByRole("img", { name: summary.chart.title })).toBeInTheDocument();
      expect(screen.getByRole("table", { name: summary.chart.title })).toBeInTheDocument();
      expect(screen.getByText(summary.recommendation.sentence)).toBeInTheDocument();
      expect(screen.getByText(summary.verdict.sentence)).toBeInTheDocument();
      expect(screen.getByText(summary.statusText)).toBeInTheDocument();
      expect(await axeViolations(container)).toEqual([]);
    },
    // axe walks every table cell of the appendix: seconds of work, more on a busy machine
    30_000,
  );

  it("puts page 1's sections first and the appendix after, one level below the title", () => {
    const summary = summarize(evaluation, { locale: "sv" });
    render(<BoardSummary summary={summary} level={1} />);
    expect(screen.getByRole("heading", { level: 1, name: summary.title })).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 2 }).map((e) => e.textContent)).toEqual(
      [...pageOne, "heading.appendix"].map((k) => summary.headings[k]),
    );
    expect(screen.getAllByRole("heading", { level: 3 }).map((e) => e.textContent)).toEqual(
      appendix.map((k) => summary.headings[k]),
    );
    expect(screen.getByText(summary.problem, { exact: false })).toBeInTheDocument();
    expect(screen.getByText(summary.method)).toBeInTheDocument();
  });

  it("names the alternatives by short name on page 1, with their scores, NPV and next budget years", () => {
    const summary = summarize(evaluation, { locale: "fi" });
    render(<BoardSummary summary={summary} />);
    const table = within(screen.getByRole("region", { name: summary.headings["heading.alternatives"] }));
    expect(table.getAllByRole("rowheader").map((e) => e.textContent)).toEqual([
      "Nykytila (nollavaihtoehto)",
      "Peruskorjaus",
      "Uusi koulu",
    ]);
    expect(table.getAllByRole("columnheader").map((e) => e.textContent)).toEqual([
      "Vaihtoehto",
      "Pisteet (0–100)",
      "Nykyarvo",
      "2026",
      "2027",
      "2028",
    ]);
  });

  it("shows the impact matrix by group, each cell with its sign on its tone's colour", () => {
    const summary = summarize(evaluation, { locale: "fi" });
    render(<BoardSummary summary={summary} />);
    const matrix = within(screen.getByRole("table", { name: summary.headings["label.matrixLegend"] }));
    const groups = [...new Set(summary.matrix.map((r) => r.groupLabel))];
    for (const g of groups) expect(matrix.getByRole("columnheader", { name: g })).toBeInTheDocument();
    expect(matrix.getAllByRole("rowheader")).toHaveLength(summary.matrix.length);
    const cells = matrix.getAllByRole("cell");
    expect(cells).toHaveLength(summary.matrix.length * summary.alternatives.length);
    const first = summary.matrix[0]?.cells[0];
    expect(cells[0]).toHaveTextContent(first?.text ?? "-");
    expect(cells[0]).toHaveClass(`tone-${first?.tone}`);
    expect(
      cells.filter((c) => c.className.includes("tone-positive")).every((c) => c.textContent?.startsWith("+")),
    ).toBe(true);
  });

  it("puts page 1's table, the chart's numbers, the matrix and the money in keyboard-scrollable named regions", () => {
    const summary = summarize(evaluation, { locale: "fi" });
    render(<BoardSummary summary={summary} />);
    // the appendix is a region too (named by its heading); the scrolling ones are named by aria-label
    expect(screen.getByRole("region", { name: summary.headings["heading.appendix"] })).toBeInTheDocument();
    const regions = screen.getAllByRole("region").filter((r) => r.classList.contains("scroll"));
    expect(regions.map((r) => r.getAttribute("aria-label"))).toEqual([
      summary.headings["heading.alternatives"],
      summary.chart.title,
      summary.headings["heading.matrix"],
      summary.headings["heading.moneyDetail"],
    ]);
    for (const r of regions) expect(r).toHaveAttribute("tabindex", "0");
    const money = within(regions[3] as HTMLElement);
    expect(money.getAllByRole("columnheader")).toHaveLength(3 + summary.money.years.length);
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
  });

  it("shows no raw id or code in any language", () => {
    const { assessment, strategy, ids } = distinctIdsCase();
    const e = evaluate(assessment as never, strategy as never, { samples: 200 });
    for (const locale of ["fi", "sv", "en"] as const) {
      const { container, unmount } = render(<BoardSummary summary={summarize(e, { locale })} />);
      const visible = [
        container.textContent ?? "",
        ...[...container.querySelectorAll("[aria-label]")].map((x) => x.getAttribute("aria-label") ?? ""),
      ];
      expect(rawIdsIn(visible.join("\n"), ids)).toEqual([]);
      unmount();
    }
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
