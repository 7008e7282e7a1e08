// fontkit ships no types; these are the parts of its API that EVA uses (pdfkit takes the font as it is).
declare module "fontkit" {
  export interface FontkitFont {
    postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}
