import {
  affectedGroups,
  caseSystems,
  participantGroups,
  participationMethods,
  riskCategories,
} from "eva-core";
import type { TFunction } from "i18next";
import type { Option } from "../components/field/index.js";

/** A code list as choices labelled in the user's language (never the codes themselves). */
const options = (t: TFunction, block: string, codes: readonly string[]): Option[] =>
  codes.map((value) => ({ value, label: t(`codes.${block}.${value}`) }));

export const caseSystemOptions = (t: TFunction) => options(t, "caseSystem", caseSystems);
export const riskCategoryOptions = (t: TFunction) => options(t, "riskCategory", riskCategories);
export const participantGroupOptions = (t: TFunction) => options(t, "participantGroup", participantGroups);
export const participationMethodOptions = (t: TFunction) =>
  options(t, "participationMethod", participationMethods);
export const affectedGroupOptions = (t: TFunction) => options(t, "affectedGroup", affectedGroups);
export const horizonOptions = (t: TFunction) => options(t, "horizon", ["short", "long", "both"]);
export const outcomeOptions = (t: TFunction) => options(t, "outcome", ["full", "light", "none"]);
