import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { demoProposals } from "eva-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { realApi } from "../test/real-api.js";
import { PortfolioPage } from "./PortfolioPage.js";

// The page against the real eva-api in process, on the demo data: the approved Littoinen case and
// nine submitted Kaarina proposals with investments in 2026 and 2027.
let api: Awaited<ReturnType<typeof realApi>>;
beforeEach(async () => {
  api = await realApi();
});
afterEach(() => api.t.close());

function show() {
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <PortfolioPage api={api.client("reader")} today="2026-02-01" onBack={() => {}} />
    </QueryClientProvider>,
  );
}

const swimmingHall = demoProposals.find((p) => p.id === "ehdotus-uimahalli")?.assessment.basics.title ?? "";

describe("PortfolioPage (Salkku)", () => {
  // axe runs on the page in Chromium (test/portfolio.browser.test.ts in eva-api) and on the
  // components here (PortfolioResult, GroupOrder): jsdom takes long over a whole page
  it("says what is wrong in a field, then weighs the proposals against 2026's budget: classes, bars, numbers, CSV", async () => {
    const user = userEvent.setup();
    show();
    const proposals = await screen.findByRole("group", { name: /Ehdotukset/ });
    // every proposal on the table is chosen at first
    const boxes = within(proposals).getAllByRole("checkbox");
    expect(boxes).toHaveLength(10);
    for (const box of boxes) expect(box).toBeChecked();
    expect(screen.getByRole("radio", { name: "2026" })).toBeChecked();
    const budget = screen.getByRole("textbox", { name: /Budjetti/ });
    await user.click(budget);
    await user.paste("viisi miljoonaa");
    await user.click(screen.getByRole("button", { name: "Laske salkku" }));
    expect(budget).toHaveFocus();
    expect(budget).toHaveAccessibleDescription(/Anna budjetti euroina/);
    await user.clear(budget);
    await user.paste("5 000 000");
    await user.click(screen.getByRole("button", { name: "Laske salkku" }));
    await screen.findByRole("heading", { level: 2, name: "Salkku vuodelle 2026" });
    expect(screen.getByRole("status")).toHaveTextContent(
      /Salkku laskettu: \d+ ydinehdotusta, \d+ rajatapausta ja \d+ ulkopuolista/,
    );
    const exterior = screen.getByRole("region", { name: /^Ulkopuoliset: jätä pois \(\d+\)$/ });
    const hall = within(exterior)
      .getByRole("rowheader", { name: new RegExp(swimmingHall) })
      .closest("tr") as HTMLElement;
    // core index 0 as text beside its bar, and the hall's 3.8 M€ of 2026
    expect(within(hall).getAllByRole("cell")[0]).toHaveTextContent("0 %");
    expect(within(hall).getAllByRole("cell")[1]).toHaveTextContent(/3\s800\s000\s€/);
    const core = screen.getByRole("region", { name: /^Ydinehdotukset: rahoita \(\d+\)$/ });
    expect(within(core).getAllByRole("row").length).toBeGreaterThan(1);
    for (const row of within(core).getAllByRole("row").slice(1)) {
      expect(within(row).getAllByRole("cell")[0]).toHaveTextContent("100 %");
    }
    const borderline = screen.getByRole("region", { name: /^Rajatapaukset: hallitus päättää \(\d+\)$/ });
    const sentences = within(borderline)
      .getAllByRole("row")
      .slice(1)
      .map((row) => within(row).getAllByRole("cell")[3]?.textContent ?? "");
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) expect(s).toMatch(/^(Mukana|Pois|Yhtä)/);
    const csv = await screen.findByRole("link", { name: "Lataa CSV" });
    expect(csv).toHaveAttribute("download", "eva-salkku-2026.csv");
    const text = decodeURIComponent(csv.getAttribute("href")?.split(",").slice(1).join(",") ?? "");
    expect(text.split("\r\n")[0]).toBe("\uFEFFehdotus;asia;luokka;ydinindeksi;kustannus (€);hyöty;selitys");
    expect(text).toContain(swimmingHall);
  }, 60_000);
});
