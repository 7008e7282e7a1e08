import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultFramework, demoAssessment, evaluate, exampleStrategies, summarize } from "eva-core";
import { describe, expect, it } from "vitest";
import type { ApiClient } from "../api/client.js";
import type { AssessmentView } from "../api/types.js";
import { axeViolations } from "../test/axe.js";
import { AssessmentWizard } from "./AssessmentWizard.js";

// The HTTP boundary is replaced by an in-memory answerer that follows API.md for the calls the
// wizard makes (PATCH autosave, GET summary); the browser tests use the real server.
function fakeApi() {
  const calls: Array<{ method: string; path: string; etag?: string }> = [];
  const api: ApiClient = {
    async request<T>(method: string, path: string, options: { etag?: string } = {}) {
      calls.push({ method, path, ...(options.etag ? { etag: options.etag } : {}) });
      if (path.includes("/summary")) {
        return {
          data: summarize(evaluate(demoAssessment, exampleStrategies.kaarina, { samples: 200 }), {
            locale: "fi",
          }) as T,
          etag: '"s"',
        };
      }
      return { data: { ...view, etag: `"${calls.length}"` } as T, etag: `"${calls.length}"` };
    },
  };
  return { api, calls };
}

const view: AssessmentView = {
  id: "a1",
  status: "draft",
  version: 1,
  etag: '"1"',
  strategyId: "kaarina-strategia",
  strategyVersion: 1,
  updatedAt: "2026-03-01T09:00:00Z",
  assessment: structuredClone(demoAssessment),
};

function renderWizard(roles = ["preparer"]) {
  const { api, calls } = fakeApi();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const utils = render(
    <QueryClientProvider client={client}>
      <AssessmentWizard
        api={api}
        view={view}
        strategy={exampleStrategies.kaarina}
        framework={defaultFramework}
        roles={roles}
        onReload={() => {}}
        onBack={() => {}}
      />
    </QueryClientProvider>,
  );
  return { ...utils, calls };
}

describe("AssessmentWizard", () => {
  it("walks every step with Next: focus on the step heading, aria-current on the step, no axe violations", async () => {
    const user = userEvent.setup();
    const { container } = renderWizard();
    const names = [
      "Perustiedot",
      "Vaihtoehdot",
      "Painot",
      "Strategia",
      "Arvot",
      "Vaikutukset",
      "Talous",
      "Riskit",
      "Osallistaminen",
      "Johtopäätös",
      "Tiivistelmä",
    ];
    for (const [i, name] of names.entries()) {
      const heading = await screen.findByRole("heading", { level: 2, name });
      await waitFor(() => expect(heading).toHaveFocus());
      expect(screen.getByRole("button", { name: `${i + 1}. ${name}` })).toHaveAttribute(
        "aria-current",
        "step",
      );
      expect(await axeViolations(container)).toEqual([]);
      if (i < names.length - 1) await user.click(screen.getByRole("button", { name: "Seuraava" }));
    }
    expect(await screen.findByRole("img", { name: /Vaihtoehtojen pisteet/ })).toBeInTheDocument();
  }, 60_000);

  it("autosaves a change with a merge patch and If-Match, and shows when it was saved", async () => {
    const user = userEvent.setup();
    const { calls } = renderWizard();
    const title = screen.getByLabelText("Asian otsikko");
    await user.clear(title);
    await user.type(title, "Uusi otsikko");
    await waitFor(() => expect(calls.some((c) => c.method === "PATCH" && c.etag === '"1"')).toBe(true), {
      timeout: 3000,
    });
    expect(await screen.findByText(/^Tallennettu klo \d{1,2}\.\d{2}$/)).toBeInTheDocument();
  });

  it("stops at a step with errors and lists them with links to the fields", async () => {
    const user = userEvent.setup();
    renderWizard();
    await user.click(screen.getByRole("button", { name: "2. Vaihtoehdot" }));
    await user.click(screen.getAllByRole("button", { name: "Poista vaihtoehto" })[0] as HTMLElement);
    await user.click(screen.getAllByRole("button", { name: "Poista vaihtoehto" })[0] as HTMLElement);
    await user.click(screen.getByRole("button", { name: "Seuraava" }));
    const summary = await screen.findByRole("alert");
    expect(summary).toHaveTextContent("Korjaa nämä kohdat");
    expect(screen.getByRole("link", { name: /alternatives/ })).toHaveAttribute("href", "#alternatives");
    expect(screen.getByRole("heading", { level: 2, name: "Vaihtoehdot" })).toBeInTheDocument();
  });

  it("is read-only for a reader", async () => {
    renderWizard(["reader"]);
    expect(screen.getByLabelText("Asian otsikko")).toBeDisabled();
    expect(screen.getByText(/Arviointi on lukittu/)).toBeInTheDocument();
  });
});
