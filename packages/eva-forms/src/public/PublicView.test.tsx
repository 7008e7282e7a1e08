import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { demoAssessment } from "eva-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { axeViolations } from "../test/axe.js";
import { realApi } from "../test/real-api.js";
import { PublicView } from "./PublicView.js";

let api: Awaited<ReturnType<typeof realApi>>;
beforeEach(async () => {
  api = await realApi();
});
afterEach(() => api.t.close());

describe("PublicView", () => {
  it("lists only the approved public EVA without a token and opens its summary without names; keyboard; axe-clean", async () => {
    const { container } = render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <PublicView api={api.client(null)} />
      </QueryClientProvider>,
    );
    expect(screen.getByRole("heading", { level: 1, name: "Julkiset ennakkoarvioinnit" })).toBeInTheDocument();
    const open = await screen.findByRole("button", { name: demoAssessment.basics.title });
    // the seeded draft (not approved, not marked for residents) is not there
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
    expect(open.closest("li")).toHaveTextContent(demoAssessment.basics.caseRef.caseId);
    expect(await axeViolations(container)).toEqual([]);

    const user = userEvent.setup();
    open.focus();
    await user.keyboard("{Enter}");
    await screen.findByRole("heading", { level: 1, name: demoAssessment.basics.title });
    const back = screen.getByRole("button", { name: "Takaisin julkisiin arviointeihin" });
    expect(back).toHaveFocus();
    expect(container).not.toHaveTextContent(demoAssessment.basics.preparer.name);
    expect(await axeViolations(container)).toEqual([]);
    await user.keyboard("{Enter}");
    await waitFor(() =>
      expect(screen.getByRole("button", { name: demoAssessment.basics.title })).toHaveFocus(),
    );
  }, 60_000);
});
