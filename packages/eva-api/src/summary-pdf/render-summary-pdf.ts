import type { Summary } from "eva-core";
import PDFDocument from "pdfkit";
import { pdfFonts } from "./fonts.js";
import { type Cell, colors, sizes, TaggedWriter } from "./tagged-writer.js";
import { xmpDescriptions } from "./xmp.js";

export interface SummaryPdfOptions {
  /**
   * The document's date (ISO date or date-time), from the record (approval or last change): the
   * PDF reads no clock, so the same summary and date give the same bytes.
   */
  date: string;
}

const tags = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" } as const;
// Okabe–Ito, as the SVG chart: distinguishable with every common colour-vision deficiency
const palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"];
const textOn = ["#ffffff", "#000000", "#ffffff", "#000000", "#000000", "#ffffff", "#000000"];
const tones = { positive: "#d5ecd9", negative: "#f6d6d6", zero: "#f2f2f2", none: "#ffffff" } as const;

/**
 * The board summary as an archival PDF: PDF/A-2b with the PDF/UA-1 identification, tagged
 * (headings, paragraphs, lists, tables with header cells and scope, the chart as a Figure with
 * Alt text, page numbers as Artifact), the document language and title shown, every text run in
 * the embedded Noto Sans, A4. Page 1 decides (as the HTML's page 1); the appendix starts on page 2.
 * Deterministic: no clock (the date is given), a fixed ID derived from the metadata, so the same
 * summary and date give the same bytes. Renders core's Summary and computes nothing.
 */
export function renderSummaryPdf(s: Summary, options: SummaryPdfOptions): Promise<Buffer> {
  const fonts = pdfFonts();
  const date = new Date(options.date.length === 10 ? `${options.date}T00:00:00Z` : options.date);
  // whole seconds: the XMP dates and the information dictionary's must be the same instant
  date.setUTCMilliseconds(0);
  const h = (k: string) => s.headings[k] ?? k;
  const title = s.title || s.caseId;
  const info = {
    Title: title,
    Author: s.preparedBy ?? s.decisionBody,
    Subject: s.recommendation.sentence,
    Keywords: `EVA, ${s.caseId}`,
    Creator: "EVA",
    Producer: "EVA (eva-api, PDFKit)",
    CreationDate: date,
    ModDate: date,
  };
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 40, bottom: 44, left: 42, right: 42 },
    pdfVersion: "1.7",
    subset: "PDF/A-2b",
    tagged: true,
    lang: tags[s.locale],
    displayTitle: true,
    bufferPages: true,
    // no default font: pdfkit would load Helvetica, which it never embeds (the registered fonts
    // below are set before any text); a font here would also be set again on every new page
    font: null as unknown as string,
    info,
  });
  // pdfkit writes its own XMP for the information dictionary without escaping it; this one
  // escapes, and adds the PDF/UA identification with the extension schema PDF/A requires
  (doc as unknown as { _addInfo: () => void })._addInfo = () => {
    doc.appendXML(
      xmpDescriptions({
        title,
        author: info.Author,
        subject: info.Subject,
        keywords: info.Keywords,
        creator: info.Creator,
        producer: info.Producer,
        date: date.toISOString(),
        lang: tags[s.locale],
      }),
    );
  };
  // registered with a family name, so a table cell's font change and pdfkit's roll-back after it
  // find the font by name: without one, every cell parsed the whole font file again (2 s a document)
  doc.registerFont("regular", fonts.regular as unknown as PDFKit.Mixins.PDFFontSource, "regular");
  doc.registerFont("bold", fonts.bold as unknown as PDFKit.Mixins.PDFFontSource, "bold");
  doc.font("regular").fontSize(sizes.body).fillColor(colors.text);

  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const w = new TaggedWriter(doc);
  pageOne(w, s, h);
  doc.addPage();
  appendix(w, s, h);
  w.footers(s.caseId);
  doc.end();
  return done;
}

type H = (k: string) => string;

function pageOne(w: TaggedWriter, s: Summary, h: H) {
  // page 1 must fit one sheet also with every text at its longest: compact type, as the HTML's print CSS
  w.sizes = { body: 8.5, small: 7.5, h1: 13, h2: 10, h3: 9.5 };
  w.heading(1, s.title);
  w.para(
    `${h("label.case")}: ${s.caseId} (${s.caseSystem}) · ${h("label.decisionBody")}: ${s.decisionBody}${s.deadline ? ` · ${h("label.deadline")}: ${s.deadline}` : ""}`,
    { color: colors.muted, size: w.sizes.small },
  );
  if (s.statusText)
    w.para(s.statusText, { bold: true, color: s.status === "approved" ? colors.text : "#8a1c00" });

  w.heading(2, h("heading.alternatives"));
  const money = new Map(s.money.rows.map((r) => [r.alternativeId, r]));
  const withMoney = s.money.rows.length > 0;
  const years = withMoney ? s.money.nextYears : [];
  w.table(
    [
      { text: h("label.alternative") },
      { text: h("label.score"), align: "right" },
      ...(withMoney ? [{ text: h("label.npv"), align: "right" as const }] : []),
      ...years.map((y) => ({ text: String(y), align: "right" as const })),
    ],
    s.alternatives.map((a) => {
      const m = money.get(a.id);
      return [
        { text: a.note ? `${a.shortName} ${a.note}` : a.shortName },
        { text: a.scoreText, align: "right" as const },
        ...(withMoney ? [{ text: m?.npvText ?? "", align: "right" as const }] : []),
        ...years.map((_, k) => ({ text: m?.nextYears[k] ?? "", align: "right" as const })),
      ];
    }),
    { widths: [withMoney ? 150 : "*", 62, ...(withMoney ? [78] : []), ...years.map(() => "*" as const)] },
  );
  w.para(withMoney ? s.money.discountRate : s.money.none, { size: w.sizes.small, color: colors.muted });

  w.heading(2, h("heading.recommendation"));
  w.para(s.recommendation.sentence, { bold: true });
  if (s.recommendation.reasons.length > 0) {
    w.para(s.recommendation.reasonsIntro);
    w.list(s.recommendation.reasons, { ordered: true });
  }

  w.heading(2, h("heading.sensitivity"));
  w.para(s.verdict.sentence, { bold: true });
  w.para(`${h("label.whatWouldChange")}:`);
  w.list(s.sensitivity);

  w.heading(2, h("heading.topRisk"));
  w.para(s.topRisk);
  w.heading(2, h("heading.participation"));
  w.para(s.heard);
  w.heading(2, h("heading.prepared"));
  w.para(s.preparation.join(" "));
  w.sizes = { ...sizes };
}

function appendix(w: TaggedWriter, s: Summary, h: H) {
  const none = h("label.none");
  w.heading(2, h("heading.appendix"), { space: 0 });

  w.heading(3, h("heading.background"));
  w.para(`${h("label.problem")}: ${s.problem}`);
  w.para(`${h("label.objective")}: ${s.objective}`);

  w.heading(3, h("heading.alternativesDetail"));
  w.table(
    [
      { text: h("label.alternative") },
      { text: h("label.rank"), align: "right" },
      { text: h("label.score"), align: "right" },
    ],
    [...s.alternatives]
      .sort((a, b) => a.rank - b.rank)
      // the alternative's name heads the row: the rank is its first data cell
      .map((a) => [
        { text: a.shortName },
        { text: String(a.rank), align: "right" as const },
        { text: a.scoreText, align: "right" as const },
      ]),
    { widths: ["*", 60, 80] },
  );
  w.list(
    s.alternatives.map((a) => `${a.shortName}${a.note ? ` ${a.note}` : ""}: ${a.name}. ${a.description}`),
  );

  w.heading(3, h("label.justification"));
  w.para(s.recommendation.justification);
  if (s.recommendation.notBestReason) w.para(s.recommendation.notBestReason);

  w.heading(3, h("heading.scores"));
  chart(w, s);
  w.table(
    [
      { text: h("label.alternative") },
      ...s.groups.map((g) => ({ text: `${g.label} (${g.weightText})`, align: "right" as const })),
      { text: h("label.total"), align: "right" },
    ],
    s.groupScores.map((r) => [
      { text: r.shortName },
      ...r.cells.map((c) => ({ text: c.text, align: "right" as const })),
      { text: r.totalText, align: "right" as const, bold: true },
    ]),
    { widths: [110, ...s.groups.map(() => "*" as const), 44] },
  );

  w.heading(3, h("heading.matrix"));
  w.para(h("label.matrixLegend"), { size: sizes.small, color: colors.muted });
  const matrixRows: Cell[][] = [];
  let group = "";
  for (const row of s.matrix) {
    if (row.group !== group) {
      group = row.group;
      matrixRows.push([
        { text: row.groupLabel, fill: "#e8edf3" },
        ...s.alternatives.map(() => ({ text: "", fill: "#e8edf3" })),
      ]);
    }
    matrixRows.push([
      { text: row.label },
      ...row.cells.map((c) => ({
        text: c.text,
        fill: tones[c.tone],
        align: "center" as const,
        bold: c.tone !== "none",
      })),
    ]);
  }
  w.table(
    [
      { text: h("label.criterion") },
      ...s.alternatives.map((a) => ({ text: a.shortName, align: "center" as const })),
    ],
    matrixRows,
    { widths: [s.alternatives.length > 4 ? 160 : 200, ...s.alternatives.map(() => "*" as const)] },
  );

  w.heading(3, h("heading.risks"));
  if (s.risks.length === 0) w.para(none);
  else {
    w.list(
      s.risks.map(
        (r) =>
          `${r.title} (${r.alternative}; ${h("label.band")}: ${r.bandText}). ${h("label.mitigation")}: ${r.mitigation}`,
      ),
    );
  }

  w.heading(3, h("heading.moneyDetail"));
  if (s.money.rows.length === 0) w.para(s.money.none);
  else {
    w.para(s.money.discountRate);
    // years down, alternatives across: twenty budget years would not fit across an A4 page
    w.table(
      [{ text: "" }, ...s.money.rows.map((r) => ({ text: r.alternative, align: "right" as const }))],
      [
        [
          { text: h("label.npv") },
          ...s.money.rows.map((r) => ({ text: r.npvText, align: "right" as const, bold: true })),
        ],
        ...s.money.years.map((y, k) => [
          { text: String(y) },
          ...s.money.rows.map((r) => ({ text: r.byYear[k] ?? "", align: "right" as const })),
        ]),
      ],
      { widths: [70, ...s.money.rows.map(() => "*" as const)] },
    );
    const funding = s.money.rows.filter((r) => r.funding).map((r) => `${r.alternative}: ${r.funding}`);
    if (funding.length > 0) {
      w.para(`${h("label.funding")}:`);
      w.list(funding);
    }
  }

  w.heading(3, h("heading.strategy"));
  w.para(`${h("label.helped")}: ${s.strategyEffects.helped.join(", ") || none}`);
  w.para(`${h("label.harmed")}: ${s.strategyEffects.harmed.join(", ") || none}`);
  w.heading(3, h("heading.groups"));
  if (s.affectedGroups.length) w.list(s.affectedGroups);
  else w.para(none);
  w.heading(3, h("heading.participationDetail"));
  if (s.participation.length) w.list(s.participation);
  else w.para(none);
  w.heading(3, h("heading.robustnessDetail"));
  w.list(s.verdict.details.length > 0 ? s.verdict.details : [s.verdict.sentence]);
  w.heading(3, h("heading.quality"));
  w.para(s.completeness.text);
  if (s.findings.length) w.list(s.findings.map((f) => `${f.title} ${f.action}`));
  w.heading(3, h("heading.followUp"));
  w.para(
    s.followUp
      ? `${s.followUp.date}. ${h("label.indicators")}: ${s.followUp.indicators.join(", ") || none}`
      : none,
  );
  w.heading(3, h("heading.method"));
  w.para(s.method, { size: sizes.small, color: colors.muted });
}

/** The stacked bars of the HTML's SVG chart, drawn as vector graphics inside a Figure. */
function chart(w: TaggedWriter, s: Summary) {
  const rows = s.groupScores;
  const rowH = 18;
  const legendRows = Math.ceil(s.groups.length / 3);
  const height = rows.length * rowH + legendRows * 13 + 14;
  const alt = `${s.chart.title}. ${s.chart.description}`;
  const doc = w.doc;
  w.figure(alt, height, (x, y, width) => {
    const labelW = 130;
    const barW = width - labelW - 40;
    const scale = s.chart.maxTotal > 0 ? barW / s.chart.maxTotal : 0;
    doc.fontSize(sizes.small);
    rows.forEach((row, i) => {
      const top = y + i * rowH;
      doc
        .font("regular")
        .fillColor(colors.text)
        .text(row.shortName, x, top + 4, {
          width: labelW - 6,
          align: "right",
          lineBreak: false,
          height: rowH,
        });
      let at = x + labelW;
      row.cells.forEach((cell, k) => {
        const bw = Math.max(0, cell.value * scale);
        if (bw <= 0) return;
        doc
          .save()
          .rect(at, top + 2, bw, rowH - 4)
          .fill(palette[k % palette.length] ?? "#000000")
          .restore();
        if (bw > 16) {
          doc
            .fillColor(textOn[k % textOn.length] ?? "#000000")
            .text(cell.text, at, top + 5, { width: bw, align: "center", lineBreak: false });
        }
        at += bw;
      });
      doc
        .font("bold")
        .fillColor(colors.text)
        .text(row.totalText, at + 4, top + 4, { lineBreak: false });
    });
    const ly = y + rows.length * rowH + 6;
    s.groups.forEach((g, k) => {
      const lx = x + (k % 3) * (width / 3);
      const yy = ly + Math.floor(k / 3) * 13;
      doc
        .save()
        .rect(lx, yy, 9, 9)
        .fill(palette[k % palette.length] ?? "#000000")
        .restore();
      doc
        .font("regular")
        .fillColor(colors.text)
        .text(`${g.label} ${g.weightText}`, lx + 13, yy, { lineBreak: false });
    });
    doc.fontSize(sizes.body);
  });
}
