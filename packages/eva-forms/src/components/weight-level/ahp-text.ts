import type { TFunction } from "i18next";
import { scaleStep } from "../../weights/ahp-scale.js";

/** A judgement a_ij in words: "A on paljon tärkeämpi kuin B", "A ja B ovat yhtä tärkeitä". */
export function judgementText(t: TFunction, a: string, b: string, value: number, number: string): string {
  const step = scaleStep(value);
  if (step === null) return t("weights.ahp.other", { a, b, value: number });
  if (step === 1) return t("weights.ahp.equal", { a, b });
  return step > 1
    ? t("weights.ahp.more", { a, b, strength: t(`weights.ahp.strength.${step}`) })
    : t("weights.ahp.more", { a: b, b: a, strength: t(`weights.ahp.strength.${Math.round(1 / step)}`) });
}
