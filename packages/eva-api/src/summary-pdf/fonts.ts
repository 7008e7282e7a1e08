/// <reference path="./fontkit.d.ts" />
// (fontkit ships no types: the reference brings ours wherever this file is compiled, e.g. eva-forms' tests)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { create, type FontkitFont } from "fontkit";

/**
 * Noto Sans (SIL Open Font License 1.1, from npm: @expo-google-fonts/noto-sans), regular and bold.
 * PDF/A needs every font embedded, and pdfkit's 14 standard fonts never are; Noto Sans has every
 * character the summaries use (Finnish, Swedish, Sámi letters, − … ” € and the no-break spaces
 * of the locales' numbers). Read and parsed once (fontkit), shared by every document: parsing a
 * 630 KB font costs more than laying out a whole summary; pdfkit embeds only the glyphs used.
 */
export interface PdfFonts {
  regular: FontkitFont;
  bold: FontkitFont;
}

let fonts: PdfFonts | undefined;
export function pdfFonts(): PdfFonts {
  if (!fonts) {
    const require = createRequire(import.meta.url);
    const file = (weight: string) =>
      readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`));
    fonts = { regular: create(file("400Regular")), bold: create(file("700Bold")) };
  }
  return fonts;
}
