import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type CriterionGroup, criterionGroups } from "eva-core";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../test/axe.js";
import { GroupOrder } from "./GroupOrder.js";

const names = Object.fromEntries(criterionGroups.map((g) => [g, g.toUpperCase()])) as Record<
  CriterionGroup,
  string
>;

function Harness() {
  const [order, setOrder] = useState<CriterionGroup[]>([...criterionGroups]);
  return <GroupOrder order={order} names={names} onChange={setOrder} />;
}

describe("GroupOrder", () => {
  it("moves a group with its buttons from the keyboard; the ends cannot move further; axe-clean", async () => {
    const user = userEvent.setup();
    const { container } = render(<Harness />);
    const rows = () =>
      within(screen.getByRole("grid"))
        .getAllByRole("row")
        .map((r) => r.textContent);
    screen.getByRole("button", { name: "Siirrä alemmas: STRATEGY" }).focus();
    await user.keyboard("{Enter}");
    expect(rows()[0]).toContain("VALUES");
    expect(rows()[1]).toContain("STRATEGY");
    expect(screen.getByRole("button", { name: "Siirrä ylemmäs: VALUES" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Siirrä alemmas: RISK" })).toBeDisabled();
    // each row has its drag handle for the mouse and for react-aria's keyboard drag and drop
    expect(screen.getByRole("button", { name: "Vedä: PEOPLE" })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  }, 30_000);
});
