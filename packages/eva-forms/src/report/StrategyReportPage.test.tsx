import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { demoAssessment, exampleStrategies } from "eva-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { axeViolations } from "../test/axe.js";
import { realApi } from "../test/real-api.js";
import { StrategyReportPage } from "./StrategyReportPage.js";

let api: Awaited<ReturnType<typeof realApi>>;
beforeEach(async () => {
  api = await realApi();
});
afterEach(() => api.t.close());

function show() {
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <StrategyReportPage api={api.client("reader")} today="2026-06-15" onBack={() => {}} />
    </QueryClientProvider>,
  );
}

// the seeded approved EVA (approved 2026-03-01) chose uudisrakennus; its rating on each goal is input data
const goal = exampleStrategies.kaarina.goals[0];
const seeded = demoAssessment.ratings.find(
  (r) => r.alternativeId === "uudisrakennus" && r.criterionId === `goal:${goal?.id}`,
)?.value;
const fiSigned = (n: number) => `${n > 0 ? "+" : n < 0 ? "−" : ""}${Math.abs(n)},0`;

describe("StrategyReportPage", () => {
  it("this year: the seeded decision per goal in the chart (role=img) and the table; CSV and JSON links; axe-clean", async () => {
    const user = userEvent.setup();
    const { container } = show();
    // Suomi.fi's Dropdown, not the browser's select: a button that names the choice
    await waitFor(() => expect(screen.getByLabelText("Strategia")).toHaveTextContent(/Kaarina/i));
    expect(screen.getByLabelText("Strategia").tagName).toBe("BUTTON");
    expect(screen.getByRole("radio", { name: "Tämä vuosi" })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Näytä raportti" }));
    await screen.findByRole("heading", { level: 2, name: /1\.1\.2026 – 15\.6\.2026/ });
    expect(screen.getByText("Hyväksyttyjä päätöksiä: 1")).toBeInTheDocument();
    expect(typeof seeded).toBe("number");
    const name = goal?.name.fi ?? "";
    const row = screen.getByRole("rowheader", { name: `${name} (tavoite)` }).closest("tr") as HTMLElement;
    const cells = within(row).getAllByRole("cell");
    expect(cells[0]).toHaveTextContent("1");
    expect(cells[1]).toHaveTextContent("1");
    expect(cells[2]).toHaveTextContent(fiSigned(seeded as number));
    expect(cells[5]).toHaveTextContent("ei jälkiarviointeja");
    const chart = screen.getByRole("img", { name: /keskimääräinen arvio/ });
    expect(chart.querySelector("desc")).toHaveTextContent(`${name}: ${fiSigned(seeded as number)}`);
    const csv = await screen.findByRole("link", { name: "Lataa CSV" });
    expect(csv).toHaveAttribute("download", "eva-strategy-report-2026-01-01-2026-06-15.csv");
    const text = decodeURIComponent(csv.getAttribute("href")?.split(",").slice(1).join(",") ?? "");
    expect(text.split("\n")[0]).toMatch(/^\uFEFFkriteeri;tyyppi;päätös/);
    expect(text).toContain(demoAssessment.basics.title);
    const json = screen.getByRole("link", { name: "Lataa JSON" });
    const body = JSON.parse(
      decodeURIComponent(json.getAttribute("href")?.split(",").slice(1).join(",") ?? ""),
    );
    expect(body.decisions).toBe(1);
    expect(await axeViolations(container)).toEqual([]);
  }, 60_000);

  it("a custom period before the decision has none; a reversed one shows the API's error", async () => {
    const user = userEvent.setup();
    show();
    await waitFor(() => expect(screen.getByLabelText("Strategia")).toHaveTextContent(/Kaarina/i));
    await user.click(screen.getByRole("radio", { name: "Oma aikaväli" }));
    // the dates as officials write them, in Suomi.fi text inputs (the wizard's date fields' way)
    expect(screen.getByLabelText("Alkaen")).toHaveAttribute("type", "text");
    await user.type(screen.getByLabelText("Alkaen"), "1.1.2025");
    await user.type(screen.getByLabelText("Päättyen"), "31.12.2025");
    await user.keyboard("{Enter}");
    expect(await screen.findByText("Hyväksyttyjä päätöksiä: 0")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: /1\.1\.2025 – 31\.12\.2025/ })).toBeInTheDocument();
    await user.clear(screen.getByLabelText("Alkaen"));
    await user.type(screen.getByLabelText("Alkaen"), "1.1.2026");
    await user.click(screen.getByRole("button", { name: "Näytä raportti" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Päättymispäivä on ennen alkamispäivää.");
  }, 60_000);
});
