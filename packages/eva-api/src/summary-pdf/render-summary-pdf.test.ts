import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  demoAssessment,
  evaluate,
  exampleStrategies,
  findingMessages,
  type Summary,
  summarize,
  summaryLabels,
  summaryMessages,
} from "eva-core";
import { afterAll, describe, expect, it } from "vitest";
import { bigCase, distinctIdsCase, rawIdsIn } from "../../../eva-core/test/summary-fixtures.js";
import { pdfFonts } from "./fonts.js";
import { renderSummaryPdf } from "./render-summary-pdf.js";

// Poppler (Debian's poppler-utils, installed by scripts/ensure-system-deps.sh) reads the PDF as a
// case system's viewer would: these tests ask it, not pdfkit, what the file holds.
const dir = mkdtempSync(join(tmpdir(), "eva-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function poppler(tool: string, pdf: Buffer, ...args: string[]): string {
  const file = join(dir, `${++n}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync(tool, [...args, file, ...(tool === "pdftotext" ? ["-"] : [])], { encoding: "utf8" });
}
const pageText = (pdf: Buffer, page: number) =>
  poppler("pdftotext", pdf, "-f", String(page), "-l", String(page), "-enc", "UTF-8").replace(/\s+/g, " ");

const evaluation = evaluate(demoAssessment, exampleStrategies.kaarina, { samples: 1000 });
const date = "2026-03-01T10:15:00.000Z";
const summaryIn = (locale: "fi" | "sv" | "en"): Summary =>
  summarize(evaluation, { locale, status: "approved", approvedBy: "Maija Hyväksyjä", approvedAt: date });

describe("renderSummaryPdf (poppler)", () => {
  it.each(["fi", "sv", "en"] as const)(
    "%s: tagged, PDF/A-2b and PDF/UA-1, every font embedded, A4, page 1 decides, the same bytes twice",
    async (locale) => {
      const s = summaryIn(locale);
      const pdf = await renderSummaryPdf(s, { date });
      expect((await renderSummaryPdf(s, { date })).equals(pdf)).toBe(true);

      const info = poppler("pdfinfo", pdf);
      expect(info).toMatch(/^Tagged:\s+yes$/m);
      expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
      expect(info).toMatch(/^PDF version:\s+1\.7$/m);
      expect(info).toContain(`Title:           ${s.title}`);
      expect(info).toMatch(/^CreationDate:\s+Sun Mar {2}1 10:15:00 2026 UTC$/m);
      const meta = poppler("pdfinfo", pdf, "-meta");
      expect(meta).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/);
      expect(meta).toContain("<pdfuaid:part>1</pdfuaid:part>");
      expect(meta).toContain("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>");

      // every font is embedded (no standard font, which is never embedded)
      const fonts = poppler("pdffonts", pdf).trim().split("\n").slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts)
        expect(line).toMatch(/NotoSans-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes yes yes/);

      // page 1 holds the recommendation, the verdict and what would change the outcome; the
      // appendix starts page 2
      // (compared without white space: a line may break after a dash, where pdftotext adds none)
      const one = pageText(pdf, 1).replace(/\s+/g, "");
      for (const sentence of [
        s.recommendation.sentence,
        s.verdict.sentence,
        s.sensitivity[0] ?? "-",
        s.preparation.join(" "),
      ]) {
        expect(one).toContain(sentence.replace(/\s+/g, ""));
      }
      expect(
        pageText(pdf, 2)
          .trim()
          .startsWith(s.headings["heading.appendix"] ?? "-"),
      ).toBe(true);

      // the structure a screen reader walks: headings, lists, tables with header cells and scope,
      // the chart as a figure with Alt text; the document's language
      const struct = poppler("pdfinfo", pdf, "-struct");
      for (const tag of [
        "Document",
        "H1",
        "H2",
        "H3",
        "P",
        "L",
        "LI",
        "Lbl",
        "LBody",
        "Table",
        "TR",
        "TH",
        "TD",
        "Figure",
      ]) {
        expect(struct, tag).toMatch(new RegExp(`^\\s*${tag}\\b`, "m"));
      }
      expect(struct).toMatch(/\/Scope \/Column/);
      expect(struct).toMatch(/\/Scope \/Row/);
      const raw = pdf.toString("latin1");
      expect(raw).toMatch(/\/S \/Figure\s*\n?\/Alt \(/);
      expect(raw).toContain(`/Lang (${{ fi: "fi-FI", sv: "sv-FI", en: "en-GB" }[locale]})`);
      expect(raw).toMatch(/\/DisplayDocTitle true/);
      expect(raw).toMatch(/\/Type \/OutputIntent/);
    },
  );

  it("has a glyph in the embedded font for every character of the summaries and of every catalogue text", () => {
    const { regular, bold } = pdfFonts();
    for (const locale of ["fi", "sv", "en"] as const) {
      const texts = JSON.stringify([
        summaryIn(locale),
        summaryMessages[locale],
        summaryLabels[locale],
        findingMessages[locale],
      ]);
      const chars = new Set([...texts].map((c) => c.codePointAt(0) ?? 0));
      for (const cp of chars) {
        if (cp < 0x20) continue;
        expect(regular.hasGlyphForCodePoint(cp), `U+${cp.toString(16)}`).toBe(true);
        expect(bold.hasGlyphForCodePoint(cp), `U+${cp.toString(16)}`).toBe(true);
      }
    }
  });

  it("writes a title with & and < into valid XMP, and another date into other bytes", async () => {
    const s = { ...summaryIn("fi"), title: `Koulu & päiväkoti <uusi> "2026"` };
    const pdf = await renderSummaryPdf(s, { date });
    expect(poppler("pdfinfo", pdf, "-meta")).toContain("Koulu &amp; päiväkoti &lt;uusi&gt; &quot;2026&quot;");
    expect(poppler("pdfinfo", pdf)).toContain(`Title:           ${s.title}`);
    expect((await renderSummaryPdf(s, { date: "2026-03-02" })).equals(pdf)).toBe(false);
  });

  it("keeps page 1 on one page with 6 alternatives × 40 criteria and every text at its longest", async () => {
    const { assessment, strategy } = bigCase();
    const s = summarize(evaluate(assessment as never, strategy as never, { samples: 200 }), {
      locale: "fi",
      status: "approved",
      approvedBy: "Hyväksyjä",
      approvedAt: date,
    });
    const pdf = await renderSummaryPdf(s, { date });
    expect(pageText(pdf, 1).replace(/\s+/g, "")).toContain(s.verdict.sentence.replace(/\s+/g, ""));
    expect(pageText(pdf, 2).trim().startsWith("Liite: tarkemmat tiedot")).toBe(true);
  });

  it("shows no raw id or code in any language", async () => {
    const { assessment, strategy, ids } = distinctIdsCase();
    const e = evaluate(assessment as never, strategy as never, { samples: 200 });
    for (const locale of ["fi", "sv", "en"] as const) {
      const pdf = await renderSummaryPdf(summarize(e, { locale }), { date });
      expect(rawIdsIn(poppler("pdftotext", pdf, "-enc", "UTF-8"), ids)).toEqual([]);
    }
  });

  it("never breaks a table heading inside a word (Organisaatio, not Organisaat / io)", async () => {
    for (const locale of ["fi", "sv", "en"] as const) {
      const s = summaryIn(locale);
      const text = poppler("pdftotext", await renderSummaryPdf(s, { date }), "-enc", "UTF-8");
      const tokens = text.split(/\s+/);
      // no group's name comes out in two pieces, one after the other: "Organisaat" then "io (5 %)"
      const split = (head: string, tail: string) =>
        tokens.some((t, i) => t === head && (tokens[i + 1] ?? "").startsWith(tail));
      for (const g of s.groups)
        for (const word of g.label.split(/\s+/).filter((w) => w.length > 5))
          for (let k = 3; k < word.length - 1; k++) {
            const where = `${locale}: ${word.slice(0, k)}|${word.slice(k)}`;
            expect(split(word.slice(0, k), word.slice(k)), where).toBe(false);
          }
    }
  });
});
