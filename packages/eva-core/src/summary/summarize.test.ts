import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { bigCase, distinctIdsCase, rawIdsIn, summaryTexts } from "../../test/summary-fixtures.js";
import { demoAssessment } from "../data/demo-assessment.js";
import { exampleStrategies } from "../data/example-strategies/index.js";
import { evaluate } from "../evaluate/evaluate.js";
import { SummarySchema } from "../schemas/summary.js";
import { renderChartSvg } from "./render-chart-svg.js";
import { renderMarkdown } from "./render-markdown.js";
import { summarize } from "./summarize.js";

// One evaluation of the demo case is shared: summaries only read it.
const evaluation = evaluate(demoAssessment, exampleStrategies.kaarina, { samples: 2000 });

describe("summarize", () => {
  it.each(["fi", "sv", "en"] as const)("makes a valid %s summary of the demo case", (locale) => {
    const s = summarize(evaluation, { locale, preparedAt: "2026-02-20" });
    expect(SummarySchema.safeParse(s).success).toBe(true);
    expect(s.alternatives.map((a) => a.name)).toEqual(demoAssessment.alternatives.map((a) => a.name));
    expect(s.recommendation.name).toBe("Uusi koulu ja päiväkoti samaan rakennukseen");
    expect(s.recommendation.reasons.length).toBeGreaterThan(0);
    expect(s.recommendation.reasons.length).toBeLessThanOrEqual(3);
    expect(s.recommendation.reasonsIntro).toContain("Peruskorjaus");
    expect(s.alternatives.map((a) => a.shortName)).toEqual(["Nykytila", "Peruskorjaus", "Uusi koulu"]);
    expect(s.matrix.length).toBeGreaterThan(10);
    expect(s.groupScores).toHaveLength(3);
  });

  it("speaks Finnish plainly: points 0–100, weights in %, random weightings in words, numbers in the locale", () => {
    const s = summarize(evaluation, { locale: "fi" });
    expect(s.recommendation.sentence).toMatch(
      /^Esitetään vaihtoehtoa Uusi koulu\. Se sai parhaat pisteet: \d{1,3}\/100\.$/,
    );
    // the reasons name the weight in % and both alternatives' ratings, not "pisteet 0,43"
    expect(s.recommendation.reasons[0]).toMatch(
      /^.+ \(paino \d+(,\d)? %\): Uusi koulu [+−0]+, Peruskorjaus [+−0]+\.$/,
    );
    expect(
      s.sensitivity.some((x) =>
        /^Jos kohdan ”.+” paino olisi (yli|alle) \d+(,\d)? % \(nyt \d+(,\d)? %\), vaihtoehto .+ olisi paras\.$/.test(
          x,
        ),
      ),
    ).toBe(true);
    expect(
      s.sensitivity.some((x) => /sattumanvaraisesti, Uusi koulu oli paras \d+ %:ssa kerroista\.$/.test(x)),
    ).toBe(true);
    const all = JSON.stringify(s);
    expect(all).not.toMatch(/SMAA|Pisteet \d,\d\d|0,\d\d pistettä/);
    expect(s.groups.every((g) => /^\d+(,\d)? %$/.test(g.weightText))).toBe(true);
    expect(s.money.rows[0]?.npvText.replace(/\s/g, " ")).toMatch(/^[−-]\d{1,3}( \d{3})* €$/);
    expect(s.money.nextYears).toEqual([2026, 2027, 2028]);
    expect(s.affectedGroups[0]).toBe("lapset");
    expect(s.topRisk).toMatch(/^Rakennuskustannukset nousevat \(Uusi koulu, taso kohtalainen\)\. Hallinta: /);
    expect(s.heard).toMatch(/^Kuultiin: Littoisten koulun huoltajat, .+ ja .+[.…]$/);
    // a cut name at the end of a sentence ends it once ("henkilöstö…", not "henkilöstö….")
    expect(all).not.toMatch(/…\./);
  });

  it("says who prepared and approved it, when, under which strategy version, and that a draft is a draft", () => {
    const approved = summarize(evaluation, {
      locale: "sv",
      status: "approved",
      approvedBy: "Maija Hyväksyjä",
      approvedAt: "2026-03-02T10:15:00Z",
      strategyValidFrom: "2018-01-01",
      strategyValidTo: "2025-12-31",
    });
    expect(approved.preparation).toEqual([
      "Beredare: Sanna Esimerkki, Sivistysjohtaja.",
      "Godkänd av: Maija Hyväksyjä, 2.3.2026.",
      "Strategi: Kaarina-strategin 2018–2025, version 1 (gäller 1.1.2018–31.12.2025).",
    ]);
    expect(approved.statusText).toBe("Bedömningen är godkänd.");
    const draft = summarize(evaluation, {
      locale: "en",
      status: "draft",
      preparedAt: "2026-02-20T08:00:00Z",
    });
    expect(draft.statusText).toBe("Draft: the assessment is not approved yet.");
    expect(draft.preparation).toContain("Updated 20/02/2026.");
    expect(draft.approvedBy).toBeNull();
  });

  it("keeps the risks' public flag and lists the top risk first", () => {
    const s = summarize(evaluation, { locale: "en" });
    const scores = s.risks.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(s.risks.every((r) => typeof r.public === "boolean")).toBe(true);
  });

  it("produces summaries in all three languages for random weights without throwing", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 7, maxLength: 7 }),
        fc.integer(),
        (w, seed) => {
          if (w.every((x) => x === 0)) return;
          const a = structuredClone(demoAssessment);
          const groups = ["strategy", "values", "people", "environment", "economy", "organisation", "risk"];
          a.weights = {
            groups: { method: "direct", weights: Object.fromEntries(groups.map((g, i) => [g, w[i] ?? 0])) },
          };
          a.weightsOverrideReason = "Testi";
          const e = evaluate(a, exampleStrategies.kaarina, { samples: 200, seed });
          for (const locale of ["fi", "sv", "en"] as const) {
            const s = summarize(e, { locale });
            expect(SummarySchema.safeParse(s).success).toBe(true);
            expect(renderMarkdown(s).length).toBeGreaterThan(500);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("renderMarkdown", () => {
  it("has every section and escapes user text that tries to inject Markdown or HTML", () => {
    const a = structuredClone(demoAssessment);
    a.basics.title = "<script>alert(1)</script> [klik](javascript:alert(1)) | **x**";
    a.alternatives[0] = {
      ...a.alternatives[0],
      name: "Nolla <img src=x onerror=alert(1)>",
    } as (typeof a.alternatives)[0];
    const md = renderMarkdown(
      summarize(evaluate(a, exampleStrategies.kaarina, { samples: 100 }), { locale: "fi" }),
    );
    expect(md).not.toContain("<script>");
    expect(md).not.toContain("<img");
    expect(md).not.toMatch(/(?<!\\)\[klik(?<!\\)\]\(/);
    for (const heading of [
      "## Vaihtoehdot",
      "## Esitys ja perustelut",
      "## Kuinka varma tulos on",
      "### Vaikutusmatriisi",
      "## Talous",
    ]) {
      expect(md).toContain(heading);
    }
  });
});

describe("renderChartSvg", () => {
  it("is an accessible image with a title, a description and one bar per alternative", () => {
    const s = summarize(evaluation, { locale: "fi" });
    const svg = renderChartSvg(s);
    expect(svg).toMatch(
      /^<svg [^>]*role="img"[^>]*aria-labelledby="eva-chart-title" aria-describedby="eva-chart-desc"/,
    );
    expect(svg).toContain(`<title id="eva-chart-title">${s.chart.title}</title>`);
    expect(svg).toContain('<desc id="eva-chart-desc">');
    expect(svg.match(/class="bar"/g)).toHaveLength(3);
    for (const g of s.groups) expect(svg).toContain(`>${g.label} ${g.weightText}</text>`);
    for (const a of s.alternatives) expect(svg).toContain(`>${a.shortName}</text>`);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it("escapes names", () => {
    const s = summarize(evaluation, { locale: "fi" });
    const evil = { ...s, groupScores: s.groupScores.map((g) => ({ ...g, shortName: "<script>x</script>" })) };
    expect(renderChartSvg(evil)).not.toContain("<script>");
  });

  it("names the groups heard and the findings' criteria in words, never by their codes (issue 18)", () => {
    const a = structuredClone(demoAssessment);
    a.participation = [{ group: "elderly-council", method: "resident-evening", summary: "Kuultiin." }];
    a.ratings = a.ratings.map((r) =>
      r.criterionId === "goal:vastuullinen-johtaminen" ? { ...r, value: "not-assessed" as const } : r,
    );
    const e = evaluate(a, exampleStrategies.kaarina, { samples: 200 });
    for (const locale of ["fi", "sv", "en"] as const) {
      const s = summarize(e, { locale });
      const text = JSON.stringify([s.participation, s.findings]);
      expect(text).not.toMatch(/elderly-council|resident-evening|goal:|value:|dim:/);
    }
    const fi = summarize(e, { locale: "fi" });
    expect(fi.participation[0]).toMatch(/^vanhusneuvosto|Vanhusneuvosto/i);
    expect(fi.findings.map((f) => f.title).join(" ")).toContain("vastuullinen johtaminen");
  });
});

describe("renderMarkdown in CommonMark (markdown-it)", () => {
  const parser = new MarkdownIt();
  const tokens = (md: string) => parser.parse(md, {});
  const count = (ts: ReturnType<typeof tokens>, type: string) => ts.filter((x) => x.type === type).length;
  /** each paragraph's, heading's and cell's text as the reader sees it */
  const texts = (ts: ReturnType<typeof tokens>) =>
    ts.filter((x) => x.type === "inline").map((x) => (x.children ?? []).map((c) => c.content).join(""));

  it("numbers ordered lists as meant and keeps page 1 before the appendix (issue 20: '3. 2. 1.')", () => {
    const ts = tokens(renderMarkdown(summarize(evaluation, { locale: "fi" })));
    // the only ordered list is the three reasons, numbered from 1 in order
    const ol = ts.filter((x) => x.type === "ordered_list_open");
    expect(ol).toHaveLength(1);
    expect(ol[0]?.attrGet("start")).toBeNull();
    const at = ts.indexOf(ol[0] as (typeof ts)[number]);
    const end = ts.findIndex((x, i) => i > at && x.type === "ordered_list_close");
    expect(count(ts.slice(at, end), "list_item_open")).toBe(3);
    const h2 = ts.flatMap((x, i) =>
      x.type === "heading_open" && x.tag === "h2" ? [ts[i + 1]?.content] : [],
    );
    expect(h2.indexOf("Liite: tarkemmat tiedot")).toBeGreaterThan(h2.indexOf("Valmistelu ja hyväksyntä"));
    // the tables are tables: page 1's money, the ranking, the scores, the matrix, money by year
    expect(count(ts, "table_open")).toBe(5);
    expect(count(ts, "hr")).toBe(1);
  });

  it("renders user text as the same text: no list, heading, rule, link, emphasis or HTML of its own", () => {
    const a = structuredClone(demoAssessment);
    const evil = [
      "1. Ensin",
      "# Otsikko",
      "- kohta",
      "---",
      "    koodi",
      "*x* _y_ [l](javascript:alert(1)) <b>b</b> a|b",
    ];
    a.conclusion.justification = evil[0] ?? "";
    a.basics.problem = evil[1] ?? "";
    a.basics.objective = evil[2] ?? "";
    a.conclusion.notBestReason = evil[3];
    a.alternatives[1] = { ...(a.alternatives[1] as (typeof a.alternatives)[1]), description: evil[4] ?? "" };
    a.basics.title = evil[5] ?? "";
    const s = summarize(evaluate(a, exampleStrategies.kaarina, { samples: 100 }), { locale: "fi" });
    const ts = tokens(renderMarkdown(s));
    const h1 = ts.findIndex((x) => x.type === "heading_open" && x.tag === "h1");
    expect(texts([ts[h1 + 1] as (typeof ts)[number]])).toEqual([evil[5]]);
    expect(count(ts, "heading_open")).toBe(
      count(tokens(renderMarkdown(summarize(evaluation, { locale: "fi" }))), "heading_open"),
    );
    for (const type of [
      "link_open",
      "em_open",
      "code_inline",
      "code_block",
      "fence",
      "html_inline",
      "html_block",
    ]) {
      expect(count(ts, type), type).toBe(0);
    }
    expect(count(ts, "ordered_list_open")).toBe(1);
    expect(count(ts, "hr")).toBe(1);
    const all = texts(ts).join("\n");
    for (const e of evil.slice(0, 4)) expect(all).toContain(e);
    expect(all).toContain("koodi");
  });
});

describe("no raw ids or codes in any language (issue 20: 'dim:children')", () => {
  const { assessment, strategy, ids } = distinctIdsCase();
  const e = evaluate(assessment as never, strategy as never, { samples: 300 });

  it("the case carries ids in its findings' parameters, so the scan means something", () => {
    const params = JSON.stringify(e.findings.map((f) => f.params));
    expect(params).toMatch(/dim:|zqalt|zqrisk/);
    expect(e.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining([
        "not_assessed",
        "costs_without_funding",
        "high_risk_without_mitigation",
        "ahp_inconsistent",
      ]),
    );
  });

  it.each(["fi", "sv", "en"] as const)(
    "%s: the JSON's texts, the Markdown and the chart show none",
    (locale) => {
      const s = summarize(e, {
        locale,
        status: "approved",
        approvedBy: "Hyväksyjä",
        approvedAt: "2026-03-01",
      });
      expect(rawIdsIn(summaryTexts(s).join("\n"), ids)).toEqual([]);
      expect(rawIdsIn(renderMarkdown(s), ids)).toEqual([]);
      expect(rawIdsIn(renderChartSvg(s), ids)).toEqual([]);
      // and the derived short names stand in for the long names
      expect(s.alternatives.every((a) => a.shortName.length <= 30)).toBe(true);
    },
  );
});

describe("a case of 6 alternatives × 40 criteria", () => {
  it("summarises with page 1 bounded: three reasons, at most four switching sentences, five names heard", () => {
    const { assessment, strategy } = bigCase();
    const s = summarize(evaluate(assessment as never, strategy as never, { samples: 200 }), { locale: "fi" });
    expect(s.alternatives).toHaveLength(6);
    expect(s.matrix).toHaveLength(40);
    expect(s.recommendation.reasons.length).toBeLessThanOrEqual(3);
    expect(s.sensitivity.length).toBeLessThanOrEqual(5);
    expect(s.heard).toMatch(/ja 26 muuta\.$/);
    expect(s.topRisk.length).toBeLessThan(600);
    expect(new Set(s.alternatives.map((a) => a.shortName)).size).toBe(6);
  });
});
