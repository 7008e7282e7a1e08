import type PDFDocument from "pdfkit";

type Doc = InstanceType<typeof PDFDocument>;
type Struct = PDFKit.PDFStructureElement;

export const colors = { text: "#1a1a1a", heading: "#00347a", muted: "#3d3d3d", rule: "#c8cdd0" } as const;
export const sizes = { body: 9.5, small: 8, h1: 15, h2: 11, h3: 10 } as const;

/** A table cell: text, and optionally a fill (the matrix's tones), an alignment, bold. */
export interface Cell {
  text: string;
  fill?: string;
  align?: "left" | "center" | "right";
  bold?: boolean;
}

/**
 * Writes tagged content (PDF/UA): every text run inside a structure element under one Document
 * element, in reading order — headings H1–H3, paragraphs P, lists L > LI > Lbl + LBody, tables
 * Table > TR > TH (with Scope) / TD, figures with Alt text — and decoration (page numbers) as
 * Artifact. All text is in the embedded fonts registered as "regular" and "bold".
 */
export class TaggedWriter {
  readonly root: Struct;
  /** the type sizes in use: page 1 sets them smaller, so it fits one page */
  sizes: { body: number; small: number; h1: number; h2: number; h3: number } = { ...sizes };
  constructor(readonly doc: Doc) {
    this.root = doc.struct("Document");
    doc.addStructure(this.root);
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  private get left(): number {
    return this.doc.page.margins.left;
  }

  /** Room left on the page, in points. */
  get room(): number {
    return this.doc.page.maxY() - this.doc.y;
  }

  heading(level: 1 | 2 | 3, text: string, options: { space?: number } = {}) {
    const size = level === 1 ? this.sizes.h1 : level === 2 ? this.sizes.h2 : this.sizes.h3;
    // a heading never ends a page: it moves on with the text it heads
    if (this.room < size * 4) this.doc.addPage();
    else this.doc.moveDown(options.space ?? (level === 1 ? 0 : 0.5));
    this.doc
      .font("bold")
      .fontSize(size)
      .fillColor(level === 1 ? colors.text : colors.heading);
    this.doc.text(text, this.left, this.doc.y, {
      width: this.width,
      structParent: this.root,
      structType: `H${level}`,
      paragraphGap: 2,
    });
    this.doc.font("regular").fontSize(this.sizes.body).fillColor(colors.text);
  }

  para(text: string, options: { bold?: boolean; size?: number; color?: string; gap?: number } = {}) {
    if (!text) return;
    this.doc
      .font(options.bold ? "bold" : "regular")
      .fontSize(options.size ?? this.sizes.body)
      .fillColor(options.color ?? colors.text);
    this.doc.text(text, this.left, this.doc.y, {
      width: this.width,
      structParent: this.root,
      structType: "P",
      paragraphGap: options.gap ?? 3,
      lineGap: 0.5,
    });
    this.doc.font("regular").fontSize(this.sizes.body).fillColor(colors.text);
  }

  /** A list: L > LI > Lbl ("•" or "1.") and LBody. */
  list(items: readonly string[], options: { ordered?: boolean } = {}) {
    const doc = this.doc;
    const list = doc.struct("L");
    this.root.add(list);
    const indent = options.ordered ? 14 : 10;
    items.forEach((item, i) => {
      const li = doc.struct("LI");
      list.add(li);
      const y = doc.y;
      doc.font("regular").fontSize(this.sizes.body).fillColor(colors.text);
      li.add(
        doc.struct("Lbl", {}, () => {
          doc.text(options.ordered ? `${i + 1}.` : "•", this.left, y, { lineBreak: false });
        }),
      );
      li.add(
        doc.struct("LBody", {}, () => {
          doc.text(item, this.left + indent, y, {
            width: this.width - indent,
            lineGap: 0.5,
            paragraphGap: 2,
          });
        }),
      );
      li.end();
    });
    list.end();
    doc.x = this.left;
  }

  /**
   * A table with a header row (TH, Scope Column) and a first column of row headers (TH, Scope
   * Row), through pdfkit's tagged table. `widths`: points or "*" per column.
   */
  table(
    head: readonly Cell[],
    rows: ReadonlyArray<readonly Cell[]>,
    options: { widths?: Array<number | "*">; size?: number } = {},
  ) {
    const doc = this.doc;
    const size = options.size ?? this.sizes.small;
    // each column's room for text ("*" columns share what the fixed ones leave), less the padding
    const widths = head.map((_, i) => options.widths?.[i] ?? "*");
    const fixed = widths.reduce<number>((sum, w) => sum + (w === "*" ? 0 : w), 0);
    const stars = widths.filter((w) => w === "*").length;
    const roomOf = (i: number) => {
      const w = widths[i] ?? "*";
      return (w === "*" ? (this.width - fixed) / Math.max(stars, 1) : w) - 6;
    };
    // a heading's words are never broken inside ("Organisaat io"): its text gets smaller instead,
    // down to 5 pt, until its longest word fits the column
    const headSize = (c: Cell, i: number) => {
      doc.font("bold").fontSize(size);
      const longest = Math.max(...c.text.split(/\s+/).map((w) => doc.widthOfString(w)));
      return longest > roomOf(i) ? Math.max(5, Math.floor((size * roomOf(i) * 10) / longest) / 10) : size;
    };
    const cell = (c: Cell, type: "TH" | "TD", scope?: "Column" | "Row", fontSize = size) => ({
      text: c.text,
      type,
      ...(scope ? { scope } : {}),
      ...(c.fill ? { backgroundColor: c.fill } : {}),
      align: { x: c.align ?? "left", y: "top" as const },
      font: { src: c.bold || type === "TH" ? "bold" : "regular", size: fontSize },
    });
    if (this.room < 40) doc.addPage();
    doc.font("regular").fontSize(size).fillColor(colors.text);
    doc.table({
      structParent: this.root,
      position: { x: this.left, y: doc.y },
      maxWidth: this.width,
      columnStyles: (i: number) => ({ width: options.widths?.[i] ?? "*" }),
      defaultStyle: { padding: [2, 3], border: 0.5, borderColor: colors.rule },
      data: [
        head.map((c, i) => cell(c, "TH", "Column", headSize(c, i))),
        ...rows.map((r) => r.map((c, i) => (i === 0 ? cell(c, "TH", "Row") : cell(c, "TD")))),
      ],
    } as unknown as PDFKit.Mixins.TableOptionsWithData);
    doc.x = this.left;
    doc.moveDown(0.5);
    doc.font("regular").fontSize(this.sizes.body);
  }

  /** A figure: what `draw` paints, inside a Figure element whose Alt text says it in words. */
  figure(alt: string, height: number, draw: (x: number, y: number, width: number) => void) {
    const doc = this.doc;
    if (this.room < height) doc.addPage();
    const x = this.left;
    const y = doc.y;
    this.root.add(doc.struct("Figure", { alt }, () => draw(x, y, this.width)));
    doc.x = this.left;
    doc.y = y + height;
  }

  /** Page numbers ("2 / 5") and the case id at the foot of every page, as Artifact (Pagination). */
  footers(caseId: string) {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.markContent("Artifact", { type: "Pagination" });
      doc
        .font("regular")
        .fontSize(this.sizes.small)
        .fillColor(colors.muted)
        .text(`${caseId} · ${i + 1} / ${range.count}`, this.left, doc.page.height - 28, {
          width: this.width,
          align: "right",
          lineBreak: false,
        });
      doc.endMarkedContent();
      doc.page.margins.bottom = bottom;
    }
  }
}
