import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { demoAssessment } from "eva-core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { axeViolations } from "../test/axe.js";
import { realApi } from "../test/real-api.js";
import { AssessmentList } from "./AssessmentList.js";

let api: Awaited<ReturnType<typeof realApi>>;
beforeEach(async () => {
  api = await realApi();
});
afterEach(() => api.t.close());

const due = demoAssessment.conclusion.followUp?.date ?? "";
const me = { organization: "kaarina", roles: ["reader"], name: "reader of kaarina" };
function show(today: string) {
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <AssessmentList api={api.client("reader")} me={me} onOpen={() => {}} today={today} />
    </QueryClientProvider>,
  );
}

describe("AssessmentList follow-up marks", () => {
  it("marks the approved EVA once its follow-up date has passed without a record; axe-clean", async () => {
    expect(due).toBe("2030-06-01");
    const { container, unmount } = show("2030-06-02");
    // the date as Finns write it, never ISO (issue 18)
    const mark = await screen.findByText("Jälkiarviointi myöhässä (seurantapäivä 1.6.2030)");
    expect(mark.closest("li")).toHaveTextContent(demoAssessment.basics.title);
    expect(screen.getAllByText(/Jälkiarviointi myöhässä/)).toHaveLength(1);
    expect(await axeViolations(container)).toEqual([]);
    unmount();
    show("2030-05-31");
    await screen.findByRole("button", { name: demoAssessment.basics.title });
    expect(screen.queryByText(/Jälkiarviointi myöhässä/)).toBeNull();
  });

  it("does not mark it after a follow-up has been recorded", async () => {
    const prep = api.client("preparer");
    const v = await prep.request<{ etag: string }>("GET", "/v1/assessments/demo-littoinen");
    await prep.request("POST", "/v1/assessments/demo-littoinen/follow-ups", {
      body: { recordedAt: "2030-06-05", realised: [] },
      etag: v.etag ?? "",
    });
    show("2031-01-01");
    await screen.findByRole("button", { name: demoAssessment.basics.title });
    expect(screen.queryByText(/Jälkiarviointi myöhässä/)).toBeNull();
  });
});

describe("AssessmentList, a new case (issue 19: Suomi.fi radio buttons)", () => {
  it("a preparer picks the case system and sees the version in force chosen, creates the case; axe-clean", async () => {
    const onOpen = vi.fn();
    const preparer = { organization: "kaarina", roles: ["preparer"], name: "preparer of kaarina" };
    const { container } = render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <AssessmentList api={api.client("preparer")} me={preparer} onOpen={onOpen} today="2026-03-01" />
      </QueryClientProvider>,
    );
    // every version is in view; the one in force on the day is chosen (the 2022 renewal)
    const versions = await screen.findByRole("group", { name: /^Strategia ja sen versio/ });
    expect(within(versions).getAllByRole("radio")).toHaveLength(2);
    expect(within(versions).getByRole("radio", { checked: true })).toHaveAccessibleName(
      /Kaarina-strategia \(uudistus 2022\).*voimassa nyt$/,
    );
    const user = userEvent.setup();
    const systems = screen.getByRole("group", { name: "Asianhallintajärjestelmä" });
    await user.click(within(systems).getByRole("radio", { name: "CaseM" }));
    expect(within(systems).getByRole("radio", { name: "CaseM" })).toBeChecked();
    await user.type(screen.getByLabelText("Diaarinumero"), "77/00.01.00/2026");
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Luo arviointi" }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    const created = await api.client("preparer").request<{
      assessment: { basics: { caseRef: { system: string; caseId: string } } };
    }>("GET", `/v1/assessments/${encodeURIComponent(String(onOpen.mock.calls[0]?.[0]))}`);
    expect(created.data.assessment.basics.caseRef).toMatchObject({
      system: "casem",
      caseId: "77/00.01.00/2026",
    });
  });
});
