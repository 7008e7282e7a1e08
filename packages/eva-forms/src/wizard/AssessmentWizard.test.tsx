import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { demoAssessment } from "eva-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AssessmentView } from "../api/types.js";
import { i18n } from "../i18n/i18n.js";
import { axeViolations } from "../test/axe.js";
import { openWizard } from "../test/open-wizard.js";
import { realApi } from "../test/real-api.js";

// The wizard on the real eva-api in process (lowdb on disk): the same schemas, findings and
// answers as in production. Issue 18's defects each have a case here.
let api: Awaited<ReturnType<typeof realApi>>;
beforeAll(async () => {
  api = await realApi();
});
afterAll(() => api.t.close());
beforeEach(async () => {
  localStorage.clear();
  await act(() => i18n.changeLanguage("fi"));
});

let seq = 0;
async function newCase(assessment: Record<string, unknown> = {}) {
  seq += 1;
  const created = await api.client("preparer").request<AssessmentView>("POST", "/v1/assessments", {
    body: {
      caseRef: { organization: "kaarina", system: "dynasty", caseId: `${seq}/02.02.00/2026` },
      strategyId: "kaarina-strategia",
      strategyVersion: 1,
      assessment,
    },
  });
  return created.data.id;
}
const demoBody = () => {
  const { basics, ...rest } = structuredClone(demoAssessment);
  const { caseRef: _c, ...b } = basics;
  return { ...rest, basics: b };
};
const stored = async (id: string) =>
  (await api.client("reader").request<AssessmentView>("GET", `/v1/assessments/${id}`)).data.assessment;
/** The headings in document order as "h2 Vaihtoehdot", and where one skips a level (h1 → h3). */
const headings = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>("h1, h2, h3, h4, h5, h6")].map(
    (h) => `${h.tagName.toLowerCase()} ${h.textContent?.trim()}`,
  );
const skips = (list: string[]) =>
  list.flatMap((h, i) => {
    const level = Number(h[1]);
    const before = i === 0 ? 0 : Number(list[i - 1]?.[1]);
    return level > before + 1 ? [`${list[i - 1] ?? "(start)"} → ${h}`] : [];
  });
const stepLinks = () => document.querySelectorAll<HTMLButtonElement>("nav .steps button");
// by text, not by role: getByRole computes every accessible name on a step of hundreds of fields
const next = () => screen.getByText("Seuraava", { selector: "button" });

describe("AssessmentWizard", () => {
  it("walks the demo case's steps with Next: heading focused, aria-current, the case header, no axe violations", async () => {
    const user = userEvent.setup();
    const id = await newCase(demoBody());
    const { container } = await openWizard(api.client("preparer"), id, { liveResult: false });
    const names = [...stepLinks()].map((b) => b.textContent?.replace(/^\d+\. /, ""));
    expect(names).toEqual([
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
    ]);
    expect(
      within(container.querySelector(".case-header") as HTMLElement).getByText(
        /Kaarina-strategia 2018–2025, versio 1/,
      ),
    ).toBeInTheDocument();
    for (const [i, name] of names.entries()) {
      const heading = container.querySelector("form.step h1") as HTMLElement;
      expect(heading).toHaveTextContent(name ?? "");
      await waitFor(() => expect(heading).toHaveFocus());
      expect(stepLinks()[i]).toHaveAttribute("aria-current", "step");
      // the step's heading list: its h1, then its parts, no level skipped
      const list = headings(container.querySelector("form.step") as HTMLElement);
      expect(list[0], name).toMatch(/^h1 /);
      expect(skips(list), `${name}: ${list.join(" | ")}`).toEqual([]);
      // the rating steps are hundreds of alike fields: axe reads one criterion of them
      const scope = (container.querySelector("section.criterion") as HTMLElement | null) ?? container;
      expect(await axeViolations(scope), name).toEqual([]);
      if (i < names.length - 1) await user.click(next());
    }
  }, 120_000);

  it("stops Next on an empty step: the error summary has the focus and names each field by its label", {
    timeout: 30_000,
  }, async () => {
    const user = userEvent.setup();
    const id = await newCase();
    const { container } = await openWizard(api.client("preparer"), id, { liveResult: false });
    await user.click(next());
    const summary = await screen.findByRole("alert");
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent("Korjaa nämä kohdat ennen kuin jatkat");
    const link = within(summary).getByRole("link", { name: /^Asian otsikko: Otsikko puuttuu\./ });
    expect(
      within(summary).getByRole("link", { name: /^Esiarvioinnin tulos: Esiarviointi puuttuu\./ }),
    ).toBeInTheDocument();
    // never a path, a code or zod's English
    expect(summary.textContent).not.toMatch(/basics\.|screening\.|Invalid|expected/);
    const title = screen.getByLabelText("Asian otsikko");
    expect(title).toHaveAttribute("aria-invalid", "true");
    expect(title).toHaveAccessibleDescription(/Otsikko puuttuu\. Kirjoita asian otsikko/);
    expect(container.querySelector("form.step h1")).toHaveTextContent("Perustiedot");
    // the summary is a part of the step under its h1: an h2, not an h3 after the h1
    const list = headings(container.querySelector("form.step") as HTMLElement);
    expect(list[1]).toBe("h2 Korjaa nämä kohdat ennen kuin jatkat");
    expect(skips(list), list.join(" | ")).toEqual([]);
    await user.click(link);
    expect(title).toHaveFocus();
    expect(await axeViolations(container)).toEqual([]);
    // fixed fields leave the list while it is shown
    await user.type(title, "Piikkiön lähikirjaston lakkauttaminen");
    await waitFor(() => expect(within(summary).queryByRole("link", { name: /^Asian otsikko/ })).toBeNull(), {
      timeout: 3000,
    });
  });

  it("stops Next on a new case's risk without a description (issue 18: two zero options or likelihood 7 passed Next)", {
    timeout: 30_000,
  }, async () => {
    const user = userEvent.setup();
    const id = await newCase({
      alternatives: [
        { id: "a", name: "Nykyinen", description: "Ei muutosta.", baseline: true },
        { id: "b", name: "Uusi", description: "Muutos." },
      ],
    });
    const { container } = await openWizard(api.client("preparer"), id, {
      liveResult: false,
      initialStep: "risks",
    });
    await user.click(screen.getByRole("button", { name: "Lisää riski" }));
    // the levels are chosen from the case's scale: 7 cannot be entered
    // (a Suomi.fi Dropdown: its listbox opens from the button named by the label)
    await user.click(document.getElementById("risks.items.0.likelihood_button") as HTMLElement);
    expect(
      within(await screen.findByRole("listbox"))
        .getAllByRole("option")
        .map((o) => o.textContent?.slice(0, 1)),
    ).toEqual(["1", "2", "3", "4", "5"]);
    await user.keyboard("{Escape}");
    await user.click(next());
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", {
        name: /^Riski 1: Riskin kuvaus lyhyesti: Riskiltä puuttuu kuvaus \(riski 1\)\./,
      }),
    ).toBeInTheDocument();
    expect(container.querySelector("form.step h1")).toHaveTextContent("Riskit");
  });

  it("Enter in a field never leaves the step", { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const id = await newCase(demoBody());
    const { container } = await openWizard(api.client("preparer"), id, { liveResult: false });
    await user.type(screen.getByLabelText("Asian otsikko"), "{Enter}");
    expect(container.querySelector("form.step h1")).toHaveTextContent("Perustiedot");
  });

  it("autosaves only the change, and never a value the draft schema refuses: the field says why", {
    timeout: 30_000,
  }, async () => {
    const user = userEvent.setup();
    const id = await newCase(demoBody());
    const before = await stored(id);
    await openWizard(api.client("preparer"), id, { liveResult: false, autosaveDelayMs: 50 });
    await user.type(screen.getByLabelText("Päättävä toimielin"), " (ilta)");
    expect(await screen.findByText(/^Tallennettu klo \d{1,2}\.\d{2}$/)).toBeInTheDocument();
    expect((await stored(id)).basics?.decisionBody).toBe(`${before.basics?.decisionBody} (ilta)`);

    await user.click(stepLinks()[6] as HTMLButtonElement);
    const rate = screen.getByLabelText("Diskonttokorko (%)");
    await user.clear(rate);
    // pasted at once: typed key by key, a pause longer than the 50 ms autosave delay after "2"
    // would rightly save 2 % before "5" arrives
    await user.paste("25");
    expect(rate).toHaveAttribute("aria-invalid", "true");
    expect(rate).toHaveAccessibleDescription(
      /Arvon on oltava väliltä 0–20\. Kirjoita prosentti luvulla 0–20/,
    );
    await user.clear(rate);
    await user.type(rate, "abc");
    expect(rate).toHaveAccessibleDescription(/Kirjoita prosentti luvulla 0–20, esimerkiksi 3,5\./);
    // the duplicate year is well-typed but the draft schema refuses it: nothing is sent
    const year = document.getElementById("economy.flows.0.rows.1.year") as HTMLInputElement;
    await user.clear(year);
    await user.type(year, String(before.economy?.flows?.[0]?.rows?.[0]?.year));
    expect(await screen.findByText(/^Muutosta ei tallennettu: korjaa merkitty kohta/)).toBeInTheDocument();
    await waitFor(() => expect(year).toHaveAttribute("aria-invalid", "true"));
    // the field said "empty" while it was cleared; it says "twice" once the year is typed in
    await waitFor(() => expect(year).toHaveAccessibleDescription(/on taulukossa kahdesti/));
    const after = await stored(id);
    expect(after.economy).toEqual(before.economy);
    // an emptied year cell says what to write, as the other fields do, not zod's "wrong type
    // (expected: number)" from the draft schema (issue 19's walk)
    const first = document.getElementById("economy.flows.0.rows.0.year") as HTMLInputElement;
    await user.clear(first);
    await waitFor(() => expect(first).toHaveAttribute("aria-invalid", "true"));
    await new Promise((resolve) => setTimeout(resolve, 200)); // autosave's check has run
    expect(first).toHaveAccessibleDescription(/Kirjoita vuosi neljällä numerolla/);
    expect(first).not.toHaveAccessibleDescription(/tyyppiä|number/);
  });

  it("lists everything still open on submit, by step, and a link opens the field's step with the field focused", {
    timeout: 30_000,
  }, async () => {
    const user = userEvent.setup();
    const body = demoBody();
    body.alternatives[1] = { ...body.alternatives[1], name: "" } as (typeof body.alternatives)[number];
    body.conclusion = { ...body.conclusion, justification: "" };
    const id = await newCase(body);
    const { container } = await openWizard(api.client("preparer"), id, { liveResult: false });
    await user.click(screen.getByRole("button", { name: "Lähetä hyväksyttäväksi" }));
    const summary = await screen.findByRole("alert");
    expect(summary).toHaveTextContent(/Arviointia ei voi vielä lähettää: 2 kohtaa on korjattava/);
    expect(within(summary).getByRole("heading", { name: "Vaihe 2. Vaihtoehdot" })).toBeInTheDocument();
    expect(within(summary).getByRole("heading", { name: "Vaihe 10. Johtopäätös" })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await user.click(within(summary).getByRole("link", { name: /^Vaihtoehto 2: Nimi:/ }));
    expect(container.querySelector("form.step h1")).toHaveTextContent("Vaihtoehdot");
    await waitFor(() => expect(document.getElementById("alternatives.1.name")).toHaveFocus());
  });

  it("'no EVA needed' leaves only the basics and the summary", { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const id = await newCase();
    await openWizard(api.client("preparer"), id, { liveResult: false });
    await user.click(screen.getByLabelText("Arviointia ei tarvita"));
    expect([...stepLinks()].map((b) => b.textContent)).toEqual(["1. Perustiedot", "2. Tiivistelmä"]);
    expect(screen.getByText(/asia suljetaan ilman vaihtoehtoja ja arvioita/)).toBeInTheDocument();
  });

  it("names the case page's matrix columns as the board summary does (eva-core's shortNames), also without a preparer's short name", {
    timeout: 30_000,
  }, async () => {
    const body = demoBody();
    const id = await newCase({
      ...body,
      alternatives: body.alternatives.map(({ shortName: _s, ...a }) => a),
    });
    await openWizard(api.client("reader"), id, { roles: ["reader"] });
    const matrix = within(await screen.findByRole("region", { name: "Vaikutusmatriisi" })).getByRole("table");
    // shortNames' rule: the name when it fits in 30 characters, else its first words with "…",
    // never ending on "ja" (CORE_API.md; the Uusi koulu case is its own @example)
    expect([...matrix.querySelectorAll("thead th")].map((h) => h.textContent)).toEqual([
      "Kriteeri",
      "Nykyinen koulu ilman…",
      "Vanhan koulun peruskorjaus…",
      "Uusi koulu ja päiväkoti…",
    ]);
  });

  it("shows a locked case to a reader as a document, not a greyed-out form", {
    timeout: 30_000,
  }, async () => {
    const id = await newCase(demoBody());
    const { container } = await openWizard(api.client("reader"), id, { roles: ["reader"] });
    expect(screen.getByText(/Se näytetään asiakirjana/)).toBeInTheDocument();
    expect(container.querySelectorAll("input, textarea")).toHaveLength(0);
    expect(screen.getByRole("heading", { level: 2, name: "Vaihtoehdot" })).toBeInTheDocument();
    // the ratings as the board summary's impact matrix (issue 19): one table, a row per criterion
    // under its group, each cell the sign with "?" when uncertain; then the justifications
    const matrix = within(screen.getByRole("region", { name: "Vaikutusmatriisi" })).getByRole("table");
    // the demo case's children's impacts are −3, +1 and +3 (eva-core's demoAssessment, Littoinen)
    expect([...matrix.querySelectorAll("thead th")].map((h) => h.textContent)).toEqual([
      "Kriteeri",
      "Nykytila",
      "Peruskorjaus",
      "Uusi koulu",
    ]);
    const children = within(matrix).getByRole("rowheader", { name: "Lapset ja nuoret (lapsivaikutukset)" });
    expect(
      [...(children.parentElement?.querySelectorAll("td") ?? [])].map((td) => [td.textContent, td.className]),
    ).toEqual([
      ["−−−", "sym tone-negative"],
      ["+", "sym tone-positive"],
      ["+++", "sym tone-positive"],
    ]);
    expect(screen.getByRole("heading", { level: 2, name: "Perustelut: Vaikutukset" })).toBeInTheDocument();
    expect(screen.getByText("Diskonttokorko (%): 3 %")).toBeInTheDocument();
    expect(await axeViolations(container.querySelector("article.document") as HTMLElement)).toEqual([]);
    // a screen reader's heading list: the case's title first, then its parts, no level skipped
    // (the case header and the document went from h1 straight to h3)
    await screen.findByRole("heading", { level: 2, name: "Päättäjien tiivistelmä" });
    const list = headings(container);
    expect(list[0]).toBe(`h1 ${demoAssessment.basics.title}`);
    expect(list.filter((h) => h.startsWith("h1 "))).toHaveLength(1);
    expect(list).toContain("h2 Asian tiedot");
    expect(skips(list), list.join(" | ")).toEqual([]);
  });
});
