/** Escapes text for HTML and SVG (element content and attribute values). */
export function escapeXml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

/**
 * Escapes user text for Markdown (CommonMark) so it renders as the same text and cannot add links,
 * images, emphasis, code, table cells or raw HTML: those characters get a backslash, `<`, `>` and
 * `&` become entities, and line breaks become spaces. With `lineStart` (text that begins a line,
 * e.g. a paragraph of its own) the block syntax it would start is escaped too: a heading (`# `),
 * a list item (`- `, `+ `, `1. `), a rule (`---`) or an indented code block.
 */
export function escapeMarkdown(s: string, options: { lineStart?: boolean } = {}): string {
  const inline = s
    .replace(/\r?\n|\r/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|~])/g, "\\$1");
  return options.lineStart ? escapeLineStart(inline) : inline;
}

/** The block syntax that Markdown text would start if it began a line, escaped (see escapeMarkdown). */
export function escapeLineStart(markdown: string): string {
  return markdown
    .replace(/^[ \t]+/, "")
    .replace(/^(#{1,6})(?=[ \t]|$)/, "\\$1")
    .replace(/^([-+])(?=[ \t]|$)/, "\\$1")
    .replace(/^-(?=(?:[ \t]*-){2,}[ \t]*$)/, "\\-")
    .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, "$1\\$2");
}
