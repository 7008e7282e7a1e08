/**
 * Fields that are not on the page until something opens them (a rating's controls live in the
 * matrix's panel): the wizard asks the open step to reveal a control before focusing it.
 */
type Revealer = (fieldId: string) => boolean;
const revealers = new Set<Revealer>();

/** Registers a revealer; returns its removal (a React effect's cleanup). */
export function onRevealField(fn: Revealer): () => void {
  revealers.add(fn);
  return () => {
    revealers.delete(fn);
  };
}

/** Asks the step on screen to show the control with this id; true when one did (it focuses it). */
export function revealField(fieldId: string): boolean {
  for (const fn of revealers) if (fn(fieldId)) return true;
  return false;
}
