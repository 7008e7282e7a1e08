import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { axeViolations } from "../../test/axe.js";
import { LinkButton } from "./LinkButton.js";

describe("LinkButton", () => {
  it("is a button by role and name that looks like a link, works from the keyboard; axe-clean", async () => {
    const onClick = vi.fn();
    const { container } = render(
      <p>
        <LinkButton onClick={onClick}>Takaisin listaan</LinkButton>
      </p>,
    );
    const button = screen.getByRole("button", { name: "Takaisin listaan" });
    expect(button).toHaveAttribute("type", "button");
    expect(button).toHaveClass("fi-link", "link-button");
    const user = userEvent.setup();
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard("{Enter}");
    await user.keyboard(" ");
    expect(onClick).toHaveBeenCalledTimes(2);
    expect(await axeViolations(container)).toEqual([]);
  });
});
