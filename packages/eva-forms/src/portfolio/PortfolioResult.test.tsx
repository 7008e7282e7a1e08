import { render, screen, within } from "@testing-library/react";
import { portfolioReport, rpm } from "eva-core";
import { describe, expect, it } from "vitest";
import type { PortfolioAnswer } from "../api/portfolio.js";
import { axeViolations } from "../test/axe.js";
import { PortfolioResult } from "./PortfolioResult.js";

// The worked example of docs/methodology.md as the API would answer it (eva-core's own report).
const values = (a: number, b: number) => [a, b, 0, 0, 0, 0, 0];
const input = {
  projects: [
    { id: "A", cost: 2_000_000, values: values(4, 1) },
    { id: "B", cost: 3_000_000, values: values(1, 5) },
    { id: "C", cost: 2_000_000, values: values(2, 2) },
    { id: "D", cost: 4_000_000, values: values(6, 4) },
    { id: "E", cost: 1_000_000, values: values(4, 4) },
  ],
  budget: 6_000_000,
  criteria: ["strategy", "values", "people", "environment", "economy", "organisation", "risk"] as const,
  groupWeights: [0.55, 0.45, 0, 0, 0, 0, 0],
  weights: { lower: [0.4, 0.3, 0, 0, 0, 0, 0], upper: [0.7, 0.6, 0, 0, 0, 0, 0] },
};
const result = rpm(input);
const answer: PortfolioAnswer = {
  ...portfolioReport({ ...input, criteria: [...input.criteria] }, result, {
    locale: "fi",
    year: 2026,
    proposals: Object.fromEntries(
      input.projects.map((p) => [p.id, { title: `Hanke ${p.id}`, caseId: `${p.id}/2026` }]),
    ),
  }),
  nonDominated: result.nonDominated,
  core: result.core,
  borderline: result.borderline,
  exterior: result.exterior,
};

describe("PortfolioResult", () => {
  it("shows the budget used, each class in a table with the core index as a bar and a number; axe-clean", async () => {
    const { container } = render(<PortfolioResult answer={answer} csv={"a;b\r\n"} fileName="salkku.csv" />);
    // core E costs 1 M€; the non-dominated portfolios DE and ABE cost 5 and 6 M€
    expect(screen.getByText(/Ydinehdotukset maksavat yhteensä 1\s000\s000\s€/)).toBeInTheDocument();
    expect(
      screen.getByText(/Parhaita salkkuja on 2, ja ne käyttävät 5\s000\s000\s€–6\s000\s000\s€/),
    ).toBeInTheDocument();
    const borderline = screen.getByRole("region", { name: "Rajatapaukset: hallitus päättää (3)" });
    const d = within(borderline)
      .getByRole("rowheader", { name: /Hanke D/ })
      .closest("tr") as HTMLElement;
    expect(within(d).getAllByRole("cell")[0]).toHaveTextContent("50 %");
    expect(within(d).getAllByRole("cell")[3]).toHaveTextContent(
      "Mukana, jos ryhmän ”Strategian päämäärät” paino on suuri, ja pois, jos ryhmän ”Arvot” paino on suuri.",
    );
    // the bar is decoration: the number beside it is what a screen reader reads
    expect(d.querySelector(".core-bar")).toHaveAttribute("aria-hidden", "true");
    expect((d.querySelector(".core-bar > span") as HTMLElement).style.width).toBe("50%");
    expect(screen.getByRole("link", { name: "Lataa CSV" })).toHaveAttribute("download", "salkku.csv");
    expect(await axeViolations(container)).toEqual([]);
  }, 30_000);
});
