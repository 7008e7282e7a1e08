import fc from "fast-check";
import { describe, expect, it } from "vitest";
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
    expect(s.matrix.length).toBeGreaterThan(10);
    expect(s.groupScores).toHaveLength(3);
  });

  it("speaks Finnish with Finnish numbers, and says the switching values and SMAA in words", () => {
    const s = summarize(evaluation, { locale: "fi" });
    expect(s.recommendation.sentence).toMatch(
      /^Esitetään vaihtoehtoa Uusi koulu .* parhaat pisteet \(0,\d\d\)\.$/,
    );
    expect(
      s.sensitivity.some((x) =>
        /^Jos kohdan ”.+” paino olisi (yli|alle) 0,\d\d, vaihtoehto .+ olisi paras\.$/.test(x),
      ),
    ).toBe(true);
    expect(s.sensitivity.some((x) => /oli paras \d+ %:ssa painotuksista\./.test(x))).toBe(true);
    expect(s.money.rows[0]?.npvText.replace(/\s/g, " ")).toMatch(/^[−-]\d{1,3}( \d{3})* €$/);
    expect(s.affectedGroups[0]).toBe("lapset");
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
      "## Mikä muuttaisi tuloksen",
      "## Vaikutukset",
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
    for (const g of s.groups) expect(svg).toContain(`>${g.label}</text>`);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it("escapes names", () => {
    const s = summarize(evaluation, { locale: "fi" });
    const evil = { ...s, groupScores: s.groupScores.map((g) => ({ ...g, name: "<script>x</script>" })) };
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
