import { demoAssessment, evaluate, exampleStrategies, summarize } from "eva-core";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BoardSummary } from "../components/board-summary/BoardSummary.js";
import { renderBoardSummaryHtml } from "../server.js";

const evaluation = evaluate(demoAssessment, exampleStrategies.kaarina, { samples: 500 });

describe("renderBoardSummaryHtml", () => {
  it.each(["fi", "sv", "en"] as const)(
    "wraps exactly BoardSummary's markup (%s) in one document",
    (locale) => {
      const summary = summarize(evaluation, { locale });
      const html = renderBoardSummaryHtml(summary);
      const component = renderToStaticMarkup(<BoardSummary summary={summary} level={1} />);
      expect(component.length).toBeGreaterThan(1000);
      expect(html).toContain(`<main>${component}</main>`);
      expect(html.startsWith("<!doctype html>")).toBe(true);
      expect(html).toContain(`<html lang="${locale}">`);
    },
  );

  it("is self-contained and needs no script: nothing to load, print CSS for A4 inline", () => {
    const html = renderBoardSummaryHtml(summarize(evaluation, { locale: "fi" }));
    const doc = new DOMParser().parseFromString(html, "text/html");
    expect(doc.querySelectorAll("script, link, iframe, object, img").length).toBe(0);
    expect(doc.querySelectorAll("[src], [href], [srcset]").length).toBe(0);
    expect(doc.querySelectorAll("button").length).toBe(0);
    expect(
      [...doc.querySelectorAll("*")].flatMap((e) => e.getAttributeNames()).filter((n) => n.startsWith("on")),
    ).toEqual([]);
    expect(doc.querySelector("style")?.textContent).toMatch(/@page\{size:A4/);
    expect(doc.querySelector("h1")?.textContent).toBe(doc.title);
    expect(doc.querySelector("main svg[role=img]")).not.toBeNull();
  });

  it("escapes markup in the summary's texts", () => {
    const summary = summarize(evaluation, { locale: "fi" });
    const evil = `<script>alert(1)</script><img src=x onerror=alert(2)>"'&`;
    const html = renderBoardSummaryHtml({ ...summary, title: evil, problem: evil });
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
  });
});
