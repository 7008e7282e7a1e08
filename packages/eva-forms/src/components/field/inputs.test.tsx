import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FormProvider, type UseFormReturn, useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../../test/axe.js";
import { IssueStore, IssuesContext } from "../../validation/issue-store.js";
import { ConvertedField } from "./ConvertedField.js";
import { CheckboxField, RadioField, TextField, YesNoField } from "./inputs.js";
import { SelectField } from "./select-field.js";

// The shared fields as Suomi.fi controls (issue 19) keep what the wizard relies on: the control
// has the field's id (the error summary links to #<name>), its label as its name, aria-invalid
// and a description with the hint and the message while in error, and stores values as before
// (typed numbers, booleans, nothing for an emptied converted field).

let form: UseFormReturn | undefined;
function Fields({ store, values = {} }: { store: IssueStore; values?: Record<string, unknown> }) {
  const f = useForm({ defaultValues: values });
  form = f;
  return (
    <IssuesContext.Provider value={store}>
      <FormProvider {...f}>
        <TextField name="title" label="Asian otsikko" hint="Niin kuin esityslistalla." />
        <TextField name="problem" label="Ongelma" rows={3} />
        <ConvertedField name="cost" kind="euros" label="Kustannukset (€)" hint="Euroina." />
        <RadioField
          name="outcome"
          legend="Esiarvioinnin tulos"
          options={[
            { value: "full", label: "Täysi arviointi" },
            { value: "light", label: "Kevyt arviointi" },
          ]}
        />
        <YesNoField name="children" legend="Vaikuttaako lapsiin?" yes="Kyllä" no="Ei" />
        <CheckboxField name="personal" label="Sisältää henkilötietoja" />
        <SelectField
          name="level"
          label="Todennäköisyys"
          numeric
          options={[
            { value: "1", label: "1 – hyvin pieni" },
            { value: "2", label: "2 – pieni" },
          ]}
        />
      </FormProvider>
    </IssuesContext.Provider>
  );
}
const issue = (fieldId: string, message: string) => ({
  fieldId,
  path: fieldId,
  step: "basics" as const,
  label: fieldId,
  message,
});

describe("the shared fields", () => {
  it("keep their ids and labels, and in error are aria-invalid and described by hint and message; axe-clean", async () => {
    const store = new IssueStore();
    const { container } = render(<Fields store={store} />);
    for (const [id, name] of [
      ["title", "Asian otsikko"],
      ["problem", "Ongelma"],
      ["cost", "Kustannukset (€)"],
      ["outcome", "Täysi arviointi"],
      ["children", "Kyllä"],
      ["personal", "Sisältää henkilötietoja"],
    ])
      expect(document.getElementById(id ?? "")).toBe(screen.getByLabelText(name ?? ""));
    // a Dropdown's id is its wrapper's; its button is named by the label
    expect(document.getElementById("level_button")).toBe(screen.getByLabelText("Todennäköisyys"));
    expect(await axeViolations(container)).toEqual([]);

    act(() =>
      store.replace("check", [
        issue("title", "Otsikko puuttuu."),
        issue("cost", "Kirjoita summa euroina."),
        issue("outcome", "Esiarviointi puuttuu."),
        issue("level", "Valitse todennäköisyys."),
      ]),
    );
    const title = screen.getByLabelText("Asian otsikko");
    expect(title).toHaveAttribute("aria-invalid", "true");
    expect(title).toHaveAccessibleDescription(/Otsikko puuttuu\./);
    expect(title).toHaveAccessibleDescription(/Niin kuin esityslistalla\./);
    expect(screen.getByLabelText("Kustannukset (€)")).toHaveAccessibleDescription(
      /Kirjoita summa euroina\..*Euroina\./,
    );
    expect(screen.getByLabelText("Täysi arviointi")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Täysi arviointi")).toHaveAccessibleDescription(/Esiarviointi puuttuu\./);
    expect(screen.getByLabelText("Todennäköisyys")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Todennäköisyys")).toHaveAccessibleDescription(/Valitse todennäköisyys\./);
    expect(screen.getByLabelText("Ongelma")).not.toHaveAttribute("aria-invalid", "true");
    expect(await axeViolations(container)).toEqual([]);
  }, 20_000);

  it("store texts as typed, euros as numbers, answers as booleans, a level as a number", async () => {
    const user = userEvent.setup();
    render(<Fields store={new IssueStore()} values={{ cost: 1000 }} />);
    expect(screen.getByLabelText("Kustannukset (€)")).toHaveValue("1\u00a0000");
    await user.type(screen.getByLabelText("Asian otsikko"), "Kirjasto{Enter}");
    await user.type(screen.getByLabelText("Ongelma"), "Tilat{Enter}ahtaat");
    await user.clear(screen.getByLabelText("Kustannukset (€)"));
    expect(form?.getValues("cost")).toBeUndefined();
    await user.type(screen.getByLabelText("Kustannukset (€)"), "420 000,50");
    await user.click(screen.getByLabelText("Kevyt arviointi"));
    await user.click(screen.getByLabelText("Ei"));
    await user.click(screen.getByLabelText("Sisältää henkilötietoja"));
    await user.click(screen.getByLabelText("Todennäköisyys"));
    await user.click(await screen.findByRole("option", { name: "2 – pieni" }));
    expect(form?.getValues()).toEqual({
      title: "Kirjasto",
      problem: "Tilat\nahtaat",
      cost: 420000.5,
      outcome: "light",
      children: false,
      personal: true,
      level: 2,
    });
  }, 20_000);
});
