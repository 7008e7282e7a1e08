/** @jsxRuntime automatic */
// eva-api runs this file under tsx (eva-forms/server), which reads JSX settings only from the tsconfig in its cwd
import type { ReactNode } from "react";

/**
 * A wide table's own horizontal scroll area (WCAG 1.4.10 lets data tables scroll; the page does
 * not). A named section is a region; it takes focus so keyboard users can scroll it (axe's
 * scrollable-region-focusable).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll with the keyboard
    <section className="scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
