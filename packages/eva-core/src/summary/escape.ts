/** Escapes text for HTML and SVG (element content and attribute values). */
export function escapeXml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

/**
 * Escapes user text for Markdown so it renders as the same text and cannot add links, images,
 * emphasis, code, table cells or raw HTML: those characters get a backslash, `<`, `>` and `&`
 * become entities, and line breaks become spaces. The renderer never puts user text at the start
 * of a line, so block syntax (#, -, 1.) needs no escaping and the text stays readable as plain text.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\r?\n|\r/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|~])/g, "\\$1");
}
