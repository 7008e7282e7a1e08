import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../../test/axe.js";
import { DateTextInput } from "./DateTextInput.js";

let stored = "";
function Holder({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  stored = value;
  return (
    <DateTextInput
      id="d"
      label="Arvioinnin päivä"
      value={value}
      onChange={(v) => {
        stored = v;
        setValue(v);
      }}
    />
  );
}

describe("DateTextInput", () => {
  it("shows an ISO date the Finnish way and stores what is typed as ISO; a non-date says how to write one", async () => {
    const user = userEvent.setup();
    const { container } = render(<Holder initial="2030-06-10" />);
    const input = screen.getByLabelText("Arvioinnin päivä");
    expect(input).toHaveValue("10.6.2030");
    await user.clear(input);
    await user.type(input, "29.2.2030"); // 2030 is no leap year
    expect(stored).toBe("");
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(
      screen.getByText("Kirjoita päivämäärä muodossa pp.kk.vvvv, esimerkiksi 15.6.2026."),
    ).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await user.clear(input);
    await user.type(input, "01.03.2030");
    expect(stored).toBe("2030-03-01");
    expect(input).not.toHaveAttribute("aria-invalid", "true");
    await user.tab();
    expect(input).toHaveValue("1.3.2030");
    expect(await axeViolations(container)).toEqual([]);
  });
});
