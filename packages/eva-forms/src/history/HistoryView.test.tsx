import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ApiClient } from "../api/client.js";
import type { AssessmentView } from "../api/types.js";
import { axeViolations } from "../test/axe.js";
import { realApi } from "../test/real-api.js";
import { HistoryView } from "./HistoryView.js";

let api: Awaited<ReturnType<typeof realApi>>;
beforeEach(async () => {
  api = await realApi();
});
afterEach(() => api.t.close());

function show(client: ApiClient, id: string, names?: Record<string, string>, current?: unknown) {
  const onBack = vi.fn();
  const utils = render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <HistoryView api={client} id={id} names={names} current={current} onBack={onBack} />
    </QueryClientProvider>,
  );
  return { ...utils, onBack };
}

describe("HistoryView", () => {
  it("shows who did what and the edit as old → new in plain words; focus on the heading; axe-clean", async () => {
    const prep = api.client("preparer");
    const created = await prep.request<AssessmentView>("POST", "/v1/assessments", {
      body: {
        caseRef: { organization: "kaarina", system: "dynasty", caseId: "77/00.00.00/2026" },
        strategyId: "kaarina-strategia",
      },
    });
    const oldTitle = created.data.assessment.basics?.title ?? "";
    await prep.request("PATCH", `/v1/assessments/${created.data.id}`, {
      body: { basics: { title: "Uimahallin korjaus" } },
      etag: created.etag ?? "",
      mergePatch: true,
    });
    const { container } = show(api.client("reader"), created.data.id);
    const heading = await screen.findByRole("heading", { level: 1, name: "Arvioinnin historia" });
    await waitFor(() => expect(heading).toHaveFocus());
    const edit = (await screen.findByText("Muokattu")).closest("li") as HTMLElement;
    expect(edit).toHaveTextContent("preparer of kaarina");
    expect(within(edit).getByText("Perustiedot › Asian otsikko").closest("li")).toHaveTextContent(
      `Perustiedot › Asian otsikko: ${oldTitle ? `“${oldTitle}”` : "(tyhjä)"} → “Uimahallin korjaus”`,
    );
    expect(screen.getByText("Luotu")).toBeInTheDocument();
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("lists the approved version and the workflow steps with their states; back works from the keyboard", async () => {
    const id = "demo-littoinen-draft";
    const prep = api.client("preparer");
    const appr = api.client("approver");
    const v = await prep.request<AssessmentView>("GET", `/v1/assessments/${id}`);
    const s = await prep.request<AssessmentView>("POST", `/v1/assessments/${id}/submit`, {
      etag: v.etag ?? "",
    });
    await appr.request("POST", `/v1/assessments/${id}/approve`, { etag: s.etag ?? "" });
    const { onBack } = show(api.client("reader"), id);
    const versions = await screen.findByRole("heading", { level: 2, name: "Versiot" });
    expect(versions.nextElementSibling).toHaveTextContent(/Versio 1: hyväksyi approver of kaarina/);
    const approve = (await screen.findByText("Hyväksytty")).closest("li") as HTMLElement;
    expect(approve).toHaveTextContent("Tila: Hyväksyttävänä → Hyväksytty");
    const submit = screen.getByText("Lähetetty hyväksyttäväksi").closest("li") as HTMLElement;
    expect(submit).toHaveTextContent("Tila: Luonnos → Hyväksyttävänä");
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole("button", { name: "Takaisin arviointiin" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it("names a rating by its alternative and criterion; where the trail starts with an import, only the new value", async () => {
    const id = "demo-littoinen-draft";
    const prep = api.client("preparer");
    const v = await prep.request<AssessmentView>("GET", `/v1/assessments/${id}`);
    const ratings = structuredClone(v.data.assessment.ratings ?? []);
    const i = ratings.findIndex(
      (r) => r.alternativeId === "uudisrakennus" && r.criterionId === "dim:children",
    );
    const target = ratings[i];
    if (!target) throw new Error("the demo has no rating for dim:children");
    target.justification = "Uusi perustelu.";
    await prep.request("PATCH", `/v1/assessments/${id}`, {
      body: { ratings },
      etag: v.etag ?? "",
      mergePatch: true,
    });
    const altName = v.data.assessment.alternatives?.find((a) => a.id === "uudisrakennus")?.name;
    show(api.client("reader"), id, { "dim:children": "Lapset ja nuoret" }, v.data.assessment);
    const path = `Arviot › ${altName} / Lapset ja nuoret › Perustelu`;
    const item = (await screen.findByText(path)).closest("li");
    expect(item).toHaveTextContent(`${path}: uusi arvo “Uusi perustelu.”`);
  });
});
