import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FormProvider, type UseFormReturn, useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../../test/axe.js";
import { ratingFieldId } from "../../validation/field-id.js";
import { IssueStore, IssuesContext } from "../../validation/issue-store.js";
import { RatingMatrix } from "./RatingMatrix.js";
import { revealField } from "./reveal.js";

const criteria = [
  { id: "dim:children", label: "Lasten hyvinvointi", question: "Miten lapset voivat?" },
  { id: "dim:economy", label: "Kuntatalous" },
];
const alternatives = [
  { id: "zero", name: "Nykytila" },
  { id: "b", name: "B" },
];
let form: UseFormReturn | undefined;
function Step({
  rows,
  store = new IssueStore(),
  alts = alternatives,
}: {
  rows: unknown[];
  store?: IssueStore;
  alts?: Array<{ id: string; name: string; shortName?: string }>;
}) {
  const f = useForm({ defaultValues: { alternatives: alts, ratings: rows } as Record<string, unknown> });
  form = f;
  return (
    <IssuesContext.Provider value={store}>
      <FormProvider {...f}>
        <RatingMatrix criteria={criteria} label="Vaikutukset: arviot vaihtoehdoittain" />
      </FormProvider>
    </IssuesContext.Provider>
  );
}
const ratings = () => form?.getValues("ratings") as Array<Record<string, unknown>>;
const cell = (a: string, c: string) => document.getElementById(ratingFieldId(a, c, "cell")) as HTMLElement;

describe("RatingMatrix", () => {
  it("is a grid: criteria as rows, alternatives (the zero option too) as columns, each cell named by what it holds", async () => {
    const { container } = render(
      <Step
        rows={[
          { alternativeId: "b", criterionId: "dim:children", value: 2, justification: "Kerhotilat." },
          { alternativeId: "zero", criterionId: "dim:children", value: "not-assessed" },
        ]}
      />,
    );
    const grid = screen.getByRole("grid", { name: "Vaikutukset: arviot vaihtoehdoittain" });
    expect(
      within(grid)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Vaikutus", "Nykytila", "B"]);
    expect(
      within(grid)
        .getAllByRole("rowheader")
        .map((h) => h.textContent),
    ).toEqual(["Lasten hyvinvointi", "Kuntatalous"]);
    expect(
      within(grid)
        .getAllByRole("gridcell")
        .map((c) => c.getAttribute("aria-label")),
    ).toEqual([
      "Lasten hyvinvointi, vaihtoehto Nykytila: Ei arvioitu, ei perusteltu",
      "Lasten hyvinvointi, vaihtoehto B: +2, perusteltu",
      "Kuntatalous, vaihtoehto Nykytila: ei arviota, ei perusteltu",
      "Kuntatalous, vaihtoehto B: ei arviota, ei perusteltu",
    ]);
    // sign and colour: the text says the rating, the class gives its tone
    expect(cell("b", "dim:children")).toHaveTextContent("+2✓");
    expect(cell("b", "dim:children")).toHaveClass("tone-pos2");
    expect(await axeViolations(container)).toEqual([]);
  });

  it("heads its columns with the short names the board summary uses, the full names in a legend above and in the heads' names", async () => {
    // eva-core's shortNames(): the preparer's own short name, else the name when it fits in 30
    // characters, else its first words with "…" (never ending on "ja")
    const long = [
      { id: "zero", name: "Nykytila" },
      { id: "school", name: "Uusi koulu ja päiväkoti samaan rakennukseen" },
      { id: "repair", name: "Vanhan koulun peruskorjaus vaiheittain", shortName: "Peruskorjaus" },
    ];
    const { container } = render(
      <Step
        alts={long}
        rows={[{ alternativeId: "school", criterionId: "dim:children", value: 2, justification: "Tilat." }]}
      />,
    );
    const grid = screen.getByRole("grid", { name: "Vaikutukset: arviot vaihtoehdoittain" });
    const heads = within(grid).getAllByRole("columnheader");
    // what the eye reads: the short names
    expect(heads.map((h) => h.querySelector("[aria-hidden=true]")?.textContent ?? h.textContent)).toEqual([
      "Vaikutus",
      "Nykytila",
      "Uusi koulu ja päiväkoti…",
      "Peruskorjaus",
    ]);
    // what a screen reader reads: the full names
    for (const name of [
      "Nykytila",
      "Uusi koulu ja päiväkoti samaan rakennukseen",
      "Vanhan koulun peruskorjaus vaiheittain",
    ])
      expect(within(grid).getByRole("columnheader", { name })).toBeInTheDocument();
    // the legend above the matrix names the shortened ones in full, the others not at all
    const legend = screen.getByRole("list", { name: "Sarakkeiden lyhyet nimet" });
    expect(grid.compareDocumentPosition(legend) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    expect(
      within(legend)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Uusi koulu ja päiväkoti…: Uusi koulu ja päiväkoti samaan rakennukseen",
      "Peruskorjaus: Vanhan koulun peruskorjaus vaiheittain",
    ]);
    // the cells keep their names (issue 19): criterion, alternative in full, value, justified
    expect(cell("school", "dim:children")).toHaveAttribute(
      "aria-label",
      "Lasten hyvinvointi, vaihtoehto Uusi koulu ja päiväkoti samaan rakennukseen: +2, perusteltu",
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it("shows no legend when every name is short already", () => {
    render(<Step rows={[]} />);
    expect(screen.queryByRole("list", { name: "Sarakkeiden lyhyet nimet" })).toBeNull();
  });

  it("works with the keyboard alone: arrows move (one tab stop), Enter opens the cell, Esc returns", async () => {
    const user = userEvent.setup();
    const { container } = render(<Step rows={[]} />);
    await user.tab();
    expect(cell("zero", "dim:children")).toHaveFocus();
    expect(container.querySelectorAll('td[tabindex="0"]')).toHaveLength(1);
    await user.keyboard("{ArrowRight}");
    expect(cell("b", "dim:children")).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(cell("b", "dim:economy")).toHaveFocus();
    await user.keyboard("{ArrowDown}{ArrowRight}"); // at the edges nothing moves
    expect(cell("b", "dim:economy")).toHaveFocus();
    await user.keyboard("{Home}");
    expect(cell("zero", "dim:economy")).toHaveFocus();
    expect(container.querySelectorAll('td[tabindex="0"]')).toHaveLength(1);
    await user.keyboard("{End}{Enter}");
    // the panel opens on the cell's scale; arrows choose, typing justifies
    const panel = screen.getByRole("region", { name: "Arvio: Kuntatalous, B" });
    await waitFor(() =>
      expect(document.getElementById(ratingFieldId("b", "dim:economy", "value"))).toHaveFocus(),
    );
    await user.keyboard("{ArrowRight}{ArrowRight}"); // −3 → −2 → −1
    expect(ratings()).toHaveLength(1);
    expect(ratings()[0]).toMatchObject({ alternativeId: "b", criterionId: "dim:economy", value: -1 });
    await user.click(within(panel).getByLabelText("Perustelu"));
    await user.keyboard("Kulut kasvavat.");
    await user.keyboard("{Escape}");
    expect(cell("b", "dim:economy")).toHaveFocus();
    expect(cell("b", "dim:economy")).toHaveAttribute(
      "aria-label",
      "Kuntatalous, vaihtoehto B: −1, perusteltu",
    );
    expect(ratings()).toEqual([
      { alternativeId: "b", criterionId: "dim:economy", value: -1, justification: "Kulut kasvavat." },
    ]);
    expect(await axeViolations(container)).toEqual([]);
  }, 30_000);

  it("adds nothing to the draft by moving or opening cells", async () => {
    const user = userEvent.setup();
    render(<Step rows={[]} />);
    await user.click(cell("zero", "dim:children"));
    await user.keyboard("{Escape}{ArrowDown}{Enter}{Escape}");
    expect(ratings()).toEqual([]);
  });

  it("marks a cell with an issue and opens it for the error summary's link, the control focused", async () => {
    const store = new IssueStore();
    render(<Step rows={[{ alternativeId: "b", criterionId: "dim:children", value: 2 }]} store={store} />);
    const id = ratingFieldId("b", "dim:children", "justification");
    store.replace("check", [
      {
        fieldId: id,
        path: "ratings.0.justification",
        step: "impacts",
        label: "",
        message: "Perustele arvio.",
      },
    ]);
    await waitFor(() => expect(cell("b", "dim:children")).toHaveAttribute("aria-invalid", "true"));
    expect(cell("b", "dim:children").getAttribute("aria-label")).toMatch(/, korjattava$/);
    expect(document.getElementById(id)).toBeNull();
    expect(revealField(id)).toBe(true);
    await waitFor(() => expect(document.getElementById(id)).toHaveFocus());
    expect(screen.getByText("Perustele arvio.")).toBeInTheDocument();
  });
});
