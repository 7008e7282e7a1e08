import { describe, expect, it } from "vitest";
import { summaryMessages } from "../i18n/summary-messages.js";
import { escapeMarkdown, escapeXml } from "./escape.js";
import { formatters, ratingSymbol } from "./format.js";

describe("escaping user text", () => {
  it("Markdown: no links, emphasis, code, table cells, raw HTML or new lines get through", () => {
    const out = escapeMarkdown(
      "**bold** [x](javascript:alert(1)) <script>alert(1)</script> | `c` \n# heading",
    );
    expect(out).not.toMatch(/(?<!\\)[*[\]|`]/);
    expect(out).not.toContain("<");
    expect(out).not.toContain("\n");
    expect(out).toContain("&lt;script&gt;");
  });

  it("XML: markup and quotes become entities", () => {
    expect(escapeXml(`<a href="x" onclick='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
});

describe("formatting for the locale", () => {
  it("writes numbers as Finnish, Swedish and English readers expect", () => {
    expect(formatters("fi").score(0.6234)).toBe("0,62");
    expect(formatters("en").score(0.6234)).toBe("0.62");
    // Finnish and Swedish group thousands with a no-break space and put € after the number
    expect(formatters("fi").euros(1_234_000).replace(/\s/g, " ")).toBe("1 234 000 €");
    expect(formatters("sv").euros(-5000).replace(/\s/g, " ")).toMatch(/^[−-]5 000 €$/);
    expect(formatters("fi").date("2026-03-16")).toBe("16.3.2026");
  });

  it("shows ratings with signs, not colour alone", () => {
    expect([-3, -1, 0, 2, 3, null].map(ratingSymbol)).toEqual(["−−−", "−", "0", "++", "+++", "?"]);
  });
});

describe("summary catalogues", () => {
  it("have the same keys and parameters in fi, sv and en", () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const keys = Object.keys(summaryMessages.fi).sort();
    for (const locale of ["sv", "en"] as const) {
      expect(Object.keys(summaryMessages[locale]).sort()).toEqual(keys);
      for (const k of keys as Array<keyof typeof summaryMessages.fi>) {
        expect(params(summaryMessages[locale][k]), `${locale} ${k}`).toEqual(params(summaryMessages.fi[k]));
      }
    }
  });
});
