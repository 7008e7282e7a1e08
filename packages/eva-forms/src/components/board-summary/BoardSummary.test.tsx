import { render, screen } from "@testing-library/react";
import { demoAssessment, evaluate, exampleStrategies, summarize } from "eva-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../../test/axe.js";
import { BoardSummary } from "./BoardSummary.js";

const evaluation = evaluate(demoAssessment, exampleStrategies.kaarina, { samples: 500 });

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

  it("offers printing when asked", () => {
    let printed = 0;
    render(<BoardSummary summary={summarize(evaluation, { locale: "fi" })} onPrint={() => printed++} />);
    screen.getByRole("button", { name: "Tulosta / tallenna PDF" }).click();
    expect(printed).toBe(1);
  });
});
