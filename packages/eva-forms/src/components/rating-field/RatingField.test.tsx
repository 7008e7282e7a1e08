import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../../test/axe.js";
import { RatingField } from "./RatingField.js";

let latest: unknown;
function Form({ children }: { children: ReactNode }) {
  const form = useForm({
    defaultValues: { ratings: [{ alternativeId: "a", criterionId: "dim:x", value: 0 }] },
  });
  latest = form.watch("ratings.0.value");
  return <FormProvider {...form}>{children}</FormProvider>;
}

describe("RatingField", () => {
  it("is a labelled radio group −3..+3 with 'not assessed' as its own option, and no axe violations", async () => {
    const { container } = render(
      <Form>
        <RatingField index={0} alternative="Uusi koulu" criterion="Lapset ja nuoret" />
      </Form>,
    );
    const group = screen.getByRole("group", { name: "Uusi koulu: Lapset ja nuoret" });
    expect(group).toBeInTheDocument();
    expect(screen.getAllByRole("radio")).toHaveLength(8);
    expect(screen.getByRole("radio", { name: "0" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Ei arvioitu" })).not.toBeChecked();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("works with the keyboard: arrows move the choice, and 'not assessed' is not 0", async () => {
    const user = userEvent.setup();
    render(
      <Form>
        <RatingField index={0} alternative="A" criterion="B" />
      </Form>,
    );
    await user.click(screen.getByRole("radio", { name: "+3" }));
    expect(latest).toBe(3);
    await user.keyboard("{ArrowRight}");
    expect(latest).toBe("not-assessed");
    await user.click(screen.getByRole("radio", { name: "−2" }));
    expect(latest).toBe(-2);
    await user.type(screen.getByLabelText("Perustelu"), "Koska.");
    expect(screen.getByLabelText("Perustelu")).toHaveValue("Koska.");
  });
});
