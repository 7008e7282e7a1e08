import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
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
      <ConclusionStep />
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

  it("lists what is missing while the draft does not parse, and evaluates as soon as it does", async () => {
    const user = userEvent.setup();
    const draft = structuredClone(demoAssessment) as Record<string, unknown> & {
      conclusion: { recommendedAlternativeId?: string };
    };
    delete draft.conclusion.recommendedAlternativeId;
    const { container } = render(<Harness draft={draft} />);
    const panel = screen.getByRole("complementary", { name: "Tulos nyt" });
    expect(
      await within(panel).findByText(
        /^Tulos lasketaan, kun arvioinnista ei puutu mitään/,
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(within(panel).getByText(findingMessagesFi.missing_recommendation.title)).toBeInTheDocument();
    expect(within(panel).queryByRole("table")).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.selectOptions(screen.getByLabelText("Esitettävä vaihtoehto"), winner);
    const table = await within(panel).findByRole("table", { name: "Pisteet ja sijat" }, { timeout: 10_000 });
    expect(within(table).getAllByRole("row")[1]).toHaveTextContent(winner);
  });
});
