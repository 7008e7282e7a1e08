import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FormProvider, type UseFormReturn, useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../../test/axe.js";
import { RatingField } from "./RatingField.js";

let form: UseFormReturn | undefined;
function Cell({ rows, index }: { rows: unknown[]; index?: number }) {
  const f = useForm({ defaultValues: { ratings: rows } as Record<string, unknown> });
  form = f;
  return (
    <FormProvider {...f}>
      <RatingField
        alternativeId="a"
        criterionId="dim:x"
        index={index}
        alternative="Uusi koulu"
        criterion="Lapset ja nuoret"
      />
    </FormProvider>
  );
}
const ratings = () => form?.getValues("ratings") as Array<Record<string, unknown>>;

/** A step whose cell has no row until the row is made (the index follows the rows). */
function GrowingStep() {
  const f = useForm({ defaultValues: { ratings: [] } as Record<string, unknown> });
  form = f;
  const rows = (f.watch("ratings") ?? []) as unknown[];
  return (
    <FormProvider {...f}>
      <RatingField
        alternativeId="a"
        criterionId="dim:x"
        index={rows.length > 0 ? 0 : undefined}
        alternative="Uusi koulu"
        criterion="Lapset ja nuoret"
      />
    </FormProvider>
  );
}

describe("RatingField", () => {
  it("is a labelled radio group −3..+3 with 'not assessed' as its own option, and no axe violations", async () => {
    const { container } = render(
      <Cell rows={[{ alternativeId: "a", criterionId: "dim:x", value: 0 }]} index={0} />,
    );
    const group = screen.getByRole("group", { name: "Uusi koulu: Lapset ja nuoret" });
    const scale = within(group).getByRole("radiogroup", { name: "Arvio" });
    expect(within(scale).getAllByRole("radio")).toHaveLength(8);
    expect(screen.getByRole("radio", { name: "0" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Ei arvioitu" })).not.toBeChecked();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("works with the keyboard: arrows move the choice, and 'not assessed' is not 0", async () => {
    const user = userEvent.setup();
    render(<Cell rows={[{ alternativeId: "a", criterionId: "dim:x", value: 0 }]} index={0} />);
    await user.click(screen.getByRole("radio", { name: "+3" }));
    expect(ratings()[0]?.value).toBe(3);
    await user.keyboard("{ArrowRight}");
    expect(ratings()[0]?.value).toBe("not-assessed");
    await user.click(screen.getByRole("radio", { name: "−2" }));
    expect(ratings()[0]?.value).toBe(-2);
    await user.type(screen.getByLabelText("Perustelu"), "Koska.");
    expect(screen.getByLabelText("Perustelu")).toHaveValue("Koska.");
    expect(ratings()[0]?.justification).toBe("Koska.");
  });

  it("adds nothing to the draft until the cell is rated, then one row for it", async () => {
    const user = userEvent.setup();
    render(<Cell rows={[]} />);
    expect(ratings()).toEqual([]);
    // a Suomi.fi Dropdown: the button named by the label opens its listbox
    await user.click(screen.getByLabelText("Aikaväli"));
    await user.click(await screen.findByRole("option", { name: "Pitkä aikaväli (2 vuotta tai yli)" }));
    expect(ratings()).toEqual([{ alternativeId: "a", criterionId: "dim:x", horizon: "long" }]);
  }, 20_000);

  it("a justification typed in a cell without a row gets the row and keeps every character", async () => {
    const user = userEvent.setup();
    render(<GrowingStep />);
    await user.type(screen.getByLabelText("Perustelu"), "Koulu lähellä.");
    expect(screen.getByLabelText("Perustelu")).toHaveValue("Koulu lähellä.");
    expect(ratings()).toEqual([
      { alternativeId: "a", criterionId: "dim:x", justification: "Koulu lähellä." },
    ]);
  }, 20_000);

  it("keeps the groups in the order of the list, children first, and says them in words", async () => {
    const user = userEvent.setup();
    const { container } = render(
      <Cell rows={[{ alternativeId: "a", criterionId: "dim:x", value: 1 }]} index={0} />,
    );
    await user.click(screen.getByText(/^Keihin vaikuttaa: ei valittu$/));
    await user.click(screen.getByRole("checkbox", { name: "Ikääntyneet" }));
    await user.click(screen.getByRole("checkbox", { name: "Lapset" }));
    expect(ratings()[0]?.affectedGroups).toEqual(["children", "elderly"]);
    expect(screen.getByText("Keihin vaikuttaa: Lapset, Ikääntyneet")).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  }, 20_000);
});
