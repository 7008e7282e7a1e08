import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultFramework, demoAssessment, exampleStrategies } from "eva-core";
import { FormProvider, type UseFormReturn, useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../test/axe.js";
import { WeightsStep } from "./WeightsStep.js";

/** a Suomi.fi Dropdown's choice: its button (named by the label) opens the listbox, an option is clicked */
async function choose(user: ReturnType<typeof userEvent.setup>, button: HTMLElement, option: string) {
  await user.click(button);
  await user.click(await screen.findByRole("option", { name: option }));
}

const strategy = exampleStrategies.kaarina;

function Harness({ expose }: { expose: (form: UseFormReturn) => void }) {
  const form = useForm({ defaultValues: structuredClone(demoAssessment) as Record<string, unknown> });
  expose(form);
  return (
    <FormProvider {...form}>
      <WeightsStep strategy={strategy} framework={defaultFramework} />
    </FormProvider>
  );
}

function renderStep() {
  let form: UseFormReturn | undefined;
  const utils = render(
    <Harness
      expose={(f) => {
        form = f;
      }}
    />,
  );
  return { ...utils, form: () => form as UseFormReturn };
}

const weightOf = (level: HTMLElement, item: string) =>
  within(within(level).getByRole("table")).getByRole("row", { name: new RegExp(`^${item}`) });

async function openLocal(user: ReturnType<typeof userEvent.setup>, group: string) {
  await user.click(screen.getByText(`Painot ryhmän sisällä: ${group}`, { selector: "summary" }));
  return screen.getByRole("group", { name: `Painot ryhmän sisällä: ${group}` });
}

describe("WeightsStep", () => {
  it("starts from the strategy's default group weights (25/10/25/12/15/5/8) and is axe clean", async () => {
    const { container } = renderStep();
    const groups = screen.getByRole("group", { name: "Ryhmien painot" });
    expect(weightOf(groups, "Strategian päämäärät")).toHaveTextContent(/25,0\s%/);
    expect(weightOf(groups, "Organisaatio")).toHaveTextContent(/5,0\s%/);
    expect(screen.getByText("Käytössä ovat strategian oletuspainot.")).toBeInTheDocument();
    expect(screen.queryByLabelText(/Miksi painot poikkeavat/)).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  // the project's 30-s limit (vitest.config.ts), not a lower one of its own: it catches a hang, and
  // this test took 22 s in a whole run on the loaded 2-core machine
  it("SWING points 100 and 50 give 66.7 % and 33.3 %, store the override and ask for its reason", async () => {
    const user = userEvent.setup();
    const { container, form } = renderStep();
    const groups = screen.getByRole("group", { name: "Ryhmien painot" });
    await choose(user, within(groups).getByLabelText("Painotustapa"), "SWING-pisteet (0–100)");
    const points: Record<string, string> = {
      "Strategian päämäärät": "100",
      Arvot: "50",
      Ihmiset: "0",
      Ympäristö: "0",
      Talous: "0",
      Organisaatio: "0",
      Riskit: "0",
    };
    for (const [label, value] of Object.entries(points)) {
      const field = within(groups).getByLabelText(`SWING-pisteet: ${label}`);
      await user.clear(field);
      await user.type(field, value);
    }
    // 100 / 150 and 50 / 150
    expect(weightOf(groups, "Strategian päämäärät")).toHaveTextContent(/66,7\s%/);
    expect(weightOf(groups, "Arvot")).toHaveTextContent(/33,3\s%/);
    expect(weightOf(groups, "Ihmiset")).toHaveTextContent(/0,0\s%/);
    expect((form().getValues("weights") as { groups: unknown }).groups).toEqual({
      method: "swing",
      points: { strategy: 100, values: 50, people: 0, environment: 0, economy: 0, organisation: 0, risk: 0 },
    });

    const reason = screen.getByLabelText("Miksi painot poikkeavat strategian oletuspainoista?");
    expect(reason).toHaveAccessibleDescription(/Painot poikkeavat strategian painoista ilman perustelua/);
    await user.type(reason, "Valtuusto painotti strategiaa.");
    expect(reason).toHaveAccessibleDescription(/Perustelu näkyy päättäjille/);
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Palauta strategian oletuspainot" }));
    expect(form().getValues("weights")).toBeUndefined();
    expect(weightOf(groups, "Strategian päämäärät")).toHaveTextContent(/25,0\s%/);
  });

  it("rank order with the keyboard: ROC for three is 61.1 / 27.8 / 11.1 %", async () => {
    const user = userEvent.setup();
    renderStep();
    const economy = await openLocal(user, "Talous");
    await choose(user, within(economy).getByLabelText("Painotustapa"), "Tärkeysjärjestys (ROC)");
    const up = within(economy).getByRole("button", {
      name: "Siirrä ylemmäs: Elinkeinot, elinvoima ja työllisyys",
    });
    up.focus();
    await user.keyboard("{Enter}");
    await user.keyboard("{Enter}");
    expect(up).toHaveFocus();
    expect(
      within(economy)
        .getAllByRole("listitem")
        .map((li) => li.textContent?.replace(/[↑↓]/g, "")),
    ).toEqual(["Elinkeinot, elinvoima ja työllisyys", "Kunnan talous", "Asukkaiden talous"]);
    // ROC: (1 + 1/2 + 1/3)/3, (1/2 + 1/3)/3, (1/3)/3
    expect(weightOf(economy, "Elinkeinot")).toHaveTextContent(/61,1\s%/);
    expect(weightOf(economy, "Kunnan talous")).toHaveTextContent(/27,8\s%/);
    expect(weightOf(economy, "Asukkaiden talous")).toHaveTextContent(/11,1\s%/);
  });

  it("AHP: an inconsistent 3×3 matrix shows CR 0.25 (hand-computed) and says it is above 0.10", async () => {
    const user = userEvent.setup();
    const { container } = renderStep();
    const economy = await openLocal(user, "Talous");
    await choose(user, within(economy).getByLabelText("Painotustapa"), "Parivertailu (AHP)");
    const A = "Kunnan talous";
    const B = "Asukkaiden talous";
    const C = "Elinkeinot, elinvoima ja työllisyys";
    const pair = (a: string, b: string) =>
      within(economy).getByLabelText(`Kumpi on tärkeämpi: ${a} vai ${b}?`);
    await choose(user, pair(A, B), `${A} on hieman tärkeämpi kuin ${B}`); // a12 = 3
    await choose(user, pair(A, C), `${A} on selvästi tärkeämpi kuin ${C}`); // a13 = 5
    await choose(user, pair(B, C), `${C} on hieman tärkeämpi kuin ${B}`); // a23 = 1/3
    // for a reciprocal 3×3 matrix λmax = 1 + (a13/(a12·a23))^(1/3) + (a12·a23/a13)^(1/3)
    // = 1 + 5^(1/3) + 0.2^(1/3) = 3.2948; CI = 0.1474; CR = CI / 0.58 = 0.254
    const status = within(economy).getByRole("status");
    expect(status).toHaveTextContent("Johdonmukaisuussuhde CR = 0,25.");
    expect(status).toHaveTextContent("Vertailut ovat ristiriitaisia (yli 0,10).");
    expect(await axeViolations(container)).toEqual([]);
  });

  it("AHP: names the one judgement that contradicts the others as the one to revisit", async () => {
    const user = userEvent.setup();
    renderStep();
    const env = await openLocal(user, "Ympäristö");
    await choose(user, within(env).getByLabelText("Painotustapa"), "Parivertailu (AHP)");
    const [A, B, C, D] = [
      "Ilmastonmuutoksen hillintä",
      "Ilmastonmuutokseen sopeutuminen",
      "Luonto ja monimuotoisuus",
      "Elinympäristö ja yhdyskuntarakenne",
    ] as const;
    const pair = (a: string, b: string) => within(env).getByLabelText(`Kumpi on tärkeämpi: ${a} vai ${b}?`);
    // consistent with weights 9 : 3 : 1 : 1 …
    await choose(user, pair(A, B), `${A} on hieman tärkeämpi kuin ${B}`);
    await choose(user, pair(A, C), `${A} on ehdottomasti tärkeämpi kuin ${C}`);
    await choose(user, pair(A, D), `${A} on ehdottomasti tärkeämpi kuin ${D}`);
    await choose(user, pair(B, C), `${B} on hieman tärkeämpi kuin ${C}`);
    await choose(user, pair(B, D), `${B} on hieman tärkeämpi kuin ${D}`);
    const status = within(env).getByRole("status");
    // a consistent matrix: CR 0 and the weights are 9/14, 3/14, 1/14, 1/14
    expect(status).toHaveTextContent("CR = 0,00.");
    expect(weightOf(env, A)).toHaveTextContent(/64,3\s%/);
    expect(weightOf(env, D)).toHaveTextContent(/7,1\s%/);
    // … except C vs D, which says D is far more important than C although both are 1/9 of A
    await choose(user, pair(C, D), `${D} on ehdottomasti tärkeämpi kuin ${C}`);
    expect(status).toHaveTextContent("ristiriitaisia");
    expect(status).toHaveTextContent(
      `Tarkista ensin vertailu ${C} – ${D}: nyt ”${D} on ehdottomasti tärkeämpi kuin ${C}”`,
    );
  });
});
