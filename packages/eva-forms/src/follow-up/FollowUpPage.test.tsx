import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { demoAssessment, type ImpactFramework, type Strategy } from "eva-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../api/client.js";
import type { AssessmentView } from "../api/types.js";
import { axeViolations } from "../test/axe.js";
import { realApi } from "../test/real-api.js";
import { FollowUpPage } from "./FollowUpPage.js";

let api: Awaited<ReturnType<typeof realApi>>;
beforeEach(async () => {
  api = await realApi();
});
afterEach(() => api.t.close());

const ID = "demo-littoinen";

/** As the app's editor does it: the view from the API, refetched after a record (new ETag). */
function Page({
  client,
  strategy,
  framework,
}: {
  client: ApiClient;
  strategy: Strategy;
  framework: ImpactFramework;
}) {
  const qc = useQueryClient();
  const view = useQuery({
    queryKey: ["assessment", ID],
    queryFn: async () => (await client.request<AssessmentView>("GET", `/v1/assessments/${ID}`)).data,
  });
  if (!view.data) return null;
  return (
    <FollowUpPage
      api={client}
      view={view.data}
      strategy={strategy}
      framework={framework}
      roles={["preparer"]}
      today="2030-06-10"
      who="Sanna Seuraaja"
      onBack={() => {}}
      onRecorded={() => void qc.invalidateQueries({ queryKey: ["assessment", ID] })}
    />
  );
}

describe("FollowUpPage", () => {
  it("records realised impacts and an indicator value, then shows predicted vs realised; axe-clean", async () => {
    const client = api.client("preparer");
    const strategy = (await client.request<Strategy>("GET", "/v1/strategies/kaarina-strategia/versions/1"))
      .data;
    const framework = (await client.request<ImpactFramework>("GET", "/v1/framework")).data;
    const { container } = render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <Page client={client} strategy={strategy} framework={framework} />
      </QueryClientProvider>,
    );
    const heading = await screen.findByRole("heading", { level: 1, name: /^Jälkiarviointi: / });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText("Seurantapäivä: 1.6.2030")).toBeInTheDocument();
    expect(await screen.findByText("Jälkiarviointia ei ole vielä kirjattu.")).toBeInTheDocument();
    // Suomi.fi's controls, not the browser's: the date as officials write it (the wizard's way)
    const date = screen.getByLabelText("Arvioinnin päivä");
    expect(date).toHaveValue("10.6.2030");
    expect(date).toHaveAttribute("type", "text");
    expect(await axeViolations(container)).toEqual([]);

    const children = framework.dimensions.find((d) => d.id === "children")?.label.fi ?? "";
    const group = screen.getByRole("group", { name: children });
    const predicted = demoAssessment.ratings.find(
      (r) => r.alternativeId === "uudisrakennus" && r.criterionId === "dim:children",
    )?.value as number;
    const sign = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0");
    expect(within(group).getByText(`Ennuste: ${sign(predicted)}`)).toBeInTheDocument();
    const user = userEvent.setup();
    // the outcome: a Suomi.fi Dropdown (nine choices: more than Suomi.fi's five for radios)
    const outcome = within(group).getByLabelText("Toteutunut vaikutus");
    expect(outcome.tagName).toBe("BUTTON");
    await user.click(outcome);
    await user.click(await screen.findByRole("option", { name: "+2" }));
    // a date that is no date says how to write one and is not sent
    await user.clear(date);
    await user.type(date, "31.2.2030");
    expect(
      await screen.findByText("Kirjoita päivämäärä muodossa pp.kk.vvvv, esimerkiksi 15.6.2026."),
    ).toBeInTheDocument();
    expect(date).toHaveAttribute("aria-invalid", "true");
    await user.clear(date);
    await user.type(date, "12.6.2030");
    await user.type(within(group).getByLabelText("Perustelu"), "Oireilu loppui.");
    const goal = strategy.goals.find((g) => g.indicators.length > 0);
    const ind = goal?.indicators[0];
    const indName = `${ind?.name.fi}${ind?.unit ? ` (${ind.unit})` : ""}`;
    await user.type(screen.getByLabelText(indName), "120");
    await user.click(screen.getByRole("button", { name: "Tallenna jälkiarviointi" }));

    const row = (await screen.findByRole("rowheader", { name: children })).closest("tr") as HTMLElement;
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual([sign(predicted), "+2", sign(2 - predicted)]);
    const saved = (
      await client.request<{
        records: Array<{
          recordedAt: string;
          recordedBy?: string;
          indicators: Array<{ indicatorId: string; value: number }>;
        }>;
      }>("GET", `/v1/assessments/${ID}/follow-ups`)
    ).data;
    expect(saved.records[0]?.recordedBy).toBe("Sanna Seuraaja");
    expect(saved.records[0]).toMatchObject({ recordedAt: "2030-06-12" });
    expect(screen.getByText(/Sanna Seuraaja/)).toBeInTheDocument();
    expect(saved.records[0]?.indicators).toEqual([{ goalId: goal?.id, indicatorId: ind?.id, value: 120 }]);
    expect(await axeViolations(container)).toEqual([]);
  }, 60_000);
});
