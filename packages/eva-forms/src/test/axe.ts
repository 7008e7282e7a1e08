import axe from "axe-core";

/** WCAG 2.1 A/AA violations in a container (jsdom: colour contrast is checked in Chromium instead). */
export async function axeViolations(container: Element): Promise<string[]> {
  const res = await axe.run(container, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    rules: { "color-contrast": { enabled: false } },
  });
  return res.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}
