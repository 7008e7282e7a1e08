import { render, screen, within } from "@testing-library/react";
import { demoAssessment, exampleStrategies, findingMessagesFi } from "eva-core";
import { FormProvider, useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { ConclusionStep } from "../steps/ConclusionStep.js";
import { axeViolations } from "../test/axe.js";
import { LiveResultPanel } from "./LiveResultPanel.js";

// jsdom has no Worker: the hook's main-thread fallback runs the same computation
function Harness({ draft }: { draft: Record<string, unknown> }) {
  const form = useForm({ defaultValues: draft });
  return (
    <FormProvider {...form}>
      <ConclusionStep strategy={exampleStrategies.kaarina} />
      <LiveResultPanel strategy={exampleStrategies.kaarina} />
    </FormProvider>
  );
}

const winner = "Uusi koulu ja päiväkoti samaan rakennukseen"; // eva-core's documented demo result

describe("LiveResultPanel", () => {
  it("shows scores and ranks best first, why the leader leads, what would change it and SMAA", async () => {
    const { container } = render(
      <Harness draft={structuredClone(demoAssessment) as Record<string, unknown>} />,
    );
    const panel = screen.getByRole("complementary", { name: "Tulos nyt" });
    const table = await within(panel).findByRole("table", { name: "Pisteet ja sijat" }, { timeout: 10_000 });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(demoAssessment.alternatives.length);
    expect(rows[0]).toHaveTextContent(new RegExp(`^1${winner}`));
    expect(within(table).getByRole("columnheader", { name: "Paras (SMAA)" })).toBeInTheDocument();
    for (const row of rows) expect(row).toHaveTextContent(/\d+\s%$/);
    expect(
      within(panel).getByRole("heading", { level: 3, name: `Miksi ${winner} johtaa` }),
    ).toBeInTheDocument();
    const changes = within(panel).getByRole("heading", { level: 3, name: "Mikä muuttaisi tuloksen" });
    expect(changes.nextElementSibling?.querySelectorAll("li").length).toBeGreaterThan(0);
    expect(panel).toHaveAttribute("aria-busy", "false");
    expect(await axeViolations(container)).toEqual([]);
  });

  it("ranks from the first ratings (issue 18), says it is provisional, and lists what is missing under it", {
    timeout: 30_000,
  }, async () => {
    const draft = {
      alternatives: demoAssessment.alternatives.map(({ id, name, baseline }) => ({ id, name, baseline })),
      ratings: [
        {
          alternativeId: "nykytila",
          criterionId: "goal:vastuullinen-johtaminen",
          value: -2,
          justification: "x",
        },
        {
          alternativeId: "uudisrakennus",
          criterionId: "goal:vastuullinen-johtaminen",
          value: 2,
          justification: "y",
        },
      ],
    };
    const { container } = render(<Harness draft={draft} />);
    const panel = screen.getByRole("complementary", { name: "Tulos nyt" });
    const table = await within(panel).findByRole("table", { name: "Pisteet ja sijat" }, { timeout: 10_000 });
    expect(within(table).getAllByRole("row")[1]).toHaveTextContent(winner);
    expect(within(panel).getByText(/^Alustava tulos: osa tiedoista puuttuu vielä/)).toBeInTheDocument();
    expect(
      within(panel).getByRole("heading", { level: 3, name: "Kuinka varma tulos on" }),
    ).toBeInTheDocument();
    expect(within(panel).getByText(new RegExp(`^${winner} on paras \\d+\\s%`))).toBeInTheDocument();
    const missing = within(panel).getByRole("heading", { level: 3, name: "Puuttuu vielä" });
    const items = missing.nextElementSibling?.textContent ?? "";
    expect(items).toContain(findingMessagesFi.missing_title.title);
    // the missing criteria by name, never by code
    expect(items).toContain("Arvioita puuttuu: hyvinvoinnin edistäminen ennakoivasti");
    expect(items).not.toMatch(/goal:|value:|dim:/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it("before two alternatives and a rating, lists only what is missing", async () => {
    render(<Harness draft={{ basics: { title: "Otsikko" } }} />);
    const panel = screen.getByRole("complementary", { name: "Tulos nyt" });
    expect(
      await within(panel).findByText(
        /^Tulos näkyy, kun vaihtoehtoja on vähintään kaksi/,
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(
      within(panel).getByText(findingMessagesFi.too_few_alternatives.title.replace("{count}", "0")),
    ).toBeInTheDocument();
    expect(within(panel).queryByRole("table")).not.toBeInTheDocument();
  });
});
