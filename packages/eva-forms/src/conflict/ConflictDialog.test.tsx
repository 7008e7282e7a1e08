import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Strategy } from "eva-core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AssessmentView } from "../api/types.js";
import { axeViolations } from "../test/axe.js";
import { realApi } from "../test/real-api.js";
import { AssessmentWizard } from "../wizard/AssessmentWizard.js";

const ID = "demo-littoinen-draft";
let api: Awaited<ReturnType<typeof realApi>>;
beforeEach(async () => {
  api = await realApi();
  localStorage.clear();
});
afterEach(() => api.t.close());

/** The wizard on the seeded draft; meanwhile another preparer renames it on the server. */
async function openWithConflict() {
  const me = api.client("preparer");
  const view = (await me.request<AssessmentView>("GET", `/v1/assessments/${ID}`)).data;
  const strategy = (await me.request<Strategy>("GET", "/v1/strategies/kaarina-strategia/versions/1")).data;
  const onReload = vi.fn();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const utils = render(
    <QueryClientProvider client={client}>
      <AssessmentWizard
        api={me}
        view={view}
        strategy={strategy}
        roles={["preparer"]}
        onReload={onReload}
        onBack={() => {}}
      />
    </QueryClientProvider>,
  );
  await api.client("preparer").request("PATCH", `/v1/assessments/${ID}`, {
    body: { basics: { title: "Toisen käyttäjän otsikko" } },
    etag: view.etag,
    mergePatch: true,
  });
  const user = userEvent.setup();
  const problem = screen.getByLabelText("Mikä ongelma ratkaistaan?");
  await user.clear(problem);
  // one paste, not key by key: on a loaded machine a pause between keys longer than autosave's
  // delay would send half a word, and the dialog would rightly show that
  await user.paste("Oma muutos");
  const dialog = await screen.findByRole(
    "dialog",
    { name: "Arviointia on muutettu toisaalla" },
    { timeout: 15_000 },
  );
  return { ...utils, user, dialog, onReload, problem };
}

describe("ConflictDialog", () => {
  it("on a 412 lists the server's and the user's changes in plain words, with focus inside; axe-clean", async () => {
    const { dialog, container } = await openWithConflict();
    await waitFor(() => expect(within(dialog).getByRole("heading", { level: 2 })).toHaveFocus());
    const theirs = await within(dialog).findByText("Perustiedot › Asian otsikko");
    expect(theirs.closest("li")).toHaveTextContent(
      "Perustiedot › Asian otsikko: “Littoisten koulun tilaratkaisu (harjoitus)” → “Toisen käyttäjän otsikko”",
    );
    const mine = within(dialog).getByText("Perustiedot › Mikä ongelma ratkaistaan?").closest("li");
    expect(mine).toHaveTextContent(/→ “Oma muutos”$/);
    // and nothing else: fields the form only normalised are not the user's changes
    expect(within(mine?.parentElement as HTMLElement).getAllByRole("listitem")).toHaveLength(1);
    // nothing typed is lost while the user decides
    expect(JSON.parse(localStorage.getItem(`eva-draft:${ID}`) ?? "{}").basics.problem).toBe("Oma muutos");
    expect(await axeViolations(container)).toEqual([]);
  }, 30_000);

  it("keep mine re-sends only the user's change over the newer ETag: the server keeps both", async () => {
    const { dialog, user, onReload } = await openWithConflict();
    const keep = within(dialog).getByRole("button", { name: "Säilytä omat muutokseni" });
    await waitFor(() => expect(keep).toBeEnabled());
    await user.click(keep);
    await waitFor(() => expect(onReload).toHaveBeenCalled());
    const saved = (await api.client("reader").request<AssessmentView>("GET", `/v1/assessments/${ID}`)).data;
    expect(saved.assessment.basics?.title).toBe("Toisen käyttäjän otsikko");
    expect(saved.assessment.basics?.problem).toBe("Oma muutos");
    expect(localStorage.getItem(`eva-draft:${ID}`)).toBeNull();
  }, 30_000);

  it("load newer is one keyboard press away and hands over to the reload", async () => {
    const { dialog, user, onReload } = await openWithConflict();
    await waitFor(() => expect(within(dialog).getByRole("heading", { level: 2 })).toHaveFocus());
    await user.tab();
    await user.tab();
    expect(within(dialog).getByRole("button", { name: "Lataa uusin versio" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onReload).toHaveBeenCalledTimes(1);
  }, 30_000);
});
