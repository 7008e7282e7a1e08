/**
 * The control to focus for a field id: the element itself when it takes the focus, else the first
 * control inside it (a Suomi.fi Dropdown's id is on its wrapper, its button is `<id>_button`).
 */
export function focusField(id: string): HTMLElement | null {
  const el = document.getElementById(id);
  if (!el) return null;
  const target = el.matches("input, textarea, select, button, a[href], [tabindex]")
    ? el
    : (el.querySelector<HTMLElement>("button, input, textarea, select") ?? el);
  target.scrollIntoView?.({ block: "center" });
  target.focus();
  return target;
}
