import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "../i18n/i18n.js";
import { axeViolations } from "../test/axe.js";
import { LanguageChoice } from "./LanguageChoice.js";

// The header's language menu: a stand-in button until the official reaches for it, then the
// Suomi.fi LanguageMenu (fetched then), open, with the focus on its button.

afterEach(async () => {
  await i18n.changeLanguage("fi");
});

describe("LanguageChoice", () => {
  it("opens the Suomi.fi menu from the stand-in with a click and changes the language; axe-clean", async () => {
    const { container } = render(<LanguageChoice />);
    const standIn = screen.getByRole("button", { name: "Kieli: Suomeksi (FI)" });
    expect(standIn).toHaveAttribute("aria-expanded", "false");
    expect(standIn).toHaveTextContent("Suomeksi (FI)");
    expect(await axeViolations(container)).toEqual([]);
    const user = userEvent.setup();
    await user.click(standIn);
    // the real menu, open, every language in its own words
    const item = await screen.findByRole("menuitem", { name: "På svenska (SV)" });
    expect(screen.getAllByRole("menuitem").map((m) => m.textContent)).toEqual([
      "Suomeksi (FI)",
      "På svenska (SV)",
      "In English (EN)",
    ]);
    const button = screen.getByRole("button", { name: "Kieli: Suomeksi (FI)" });
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(await axeViolations(container)).toEqual([]);
    await user.click(item);
    await waitFor(() => expect(i18n.language).toBe("sv"));
    expect(await screen.findByRole("button", { name: "Språk: På svenska (SV)" })).toBeInTheDocument();
  });

  it("opens with the keyboard: Tab to the stand-in, Enter opens the real menu, Escape closes it", async () => {
    render(<LanguageChoice />);
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole("button", { name: "Kieli: Suomeksi (FI)" })).toHaveFocus();
    await user.keyboard("{Enter}");
    await screen.findByRole("menuitem", { name: "In English (EN)" });
    const button = screen.getByRole("button", { name: "Kieli: Suomeksi (FI)" });
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(button.closest(".language-stand-in")).toBeNull();
    // as the Suomi.fi menu itself does on a click: the focus in the menu or on its button
    expect(
      document.activeElement === button || document.activeElement?.getAttribute("role") === "menuitem",
    ).toBe(true);
    await user.keyboard("{Escape}");
    await waitFor(() => expect(button).toHaveAttribute("aria-expanded", "false"));
  });
});
