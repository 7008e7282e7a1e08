/**
 * The assessment's code lists, and the one question about a case's shape that needs no schema.
 * Plain data, without zod: the wizard's first step uses them before the schemas are downloaded.
 * schemas/assessment.ts builds its enums from them and exports them as before.
 */

/** The groups whose rights or situation an impact touches; children first (lapsivaikutukset). */
export const affectedGroups = [
  "children",
  "young-people",
  "families",
  "elderly",
  "disabled-people",
  "swedish-speakers",
  "sami-speakers",
  "immigrants",
  "low-income",
  "unemployed",
  "students",
  "rural-residents",
  "residents",
  "personnel",
  "businesses",
  "associations",
] as const;

export const caseSystems = ["casem", "dynasty", "tweb", "ahjo", "other"] as const;

export const riskCategories = [
  "strategic",
  "operational",
  "financial",
  "property",
  "reputation",
  "legal",
] as const;
export const participantGroups = [
  "residents",
  "elderly-council",
  "disability-council",
  "youth-council",
  "personnel",
  "other-authorities",
  "businesses",
  "associations",
  "children",
  "other",
] as const;
export const participationMethods = [
  "survey",
  "hearing",
  "workshop",
  "statement",
  "meeting",
  "online-consultation",
  "resident-evening",
  "other",
] as const;

/** True when the screening closed the case without an EVA (outcome "none"). */
export function isScreenedOut(a: { screening?: { outcome?: string | undefined } | undefined }): boolean {
  return a.screening?.outcome === "none";
}
