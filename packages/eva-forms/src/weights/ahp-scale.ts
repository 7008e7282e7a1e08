/**
 * The verbal scale of the AHP judgements (Saaty 1980): 1 equal, 3 moderate, 5 strong, 7 very
 * strong, 9 extreme importance, and their reciprocals for the other way round. The intermediate
 * values 2, 4, 6, 8 are not offered (an entered one is still shown as its number).
 */
export const ahpScale = [9, 7, 5, 3, 1, 1 / 3, 1 / 5, 1 / 7, 1 / 9] as const;

/** The scale step a stored judgement is (0.333 typed for 1/3 matches), or null for another value. */
export function scaleStep(value: number): number | null {
  const found = ahpScale.find((s) => Math.abs(Math.log(value / s)) < 2e-3);
  return found ?? null;
}
