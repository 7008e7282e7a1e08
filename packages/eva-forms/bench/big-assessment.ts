import {
  type Assessment,
  buildValueTree,
  defaultFramework,
  demoAssessment,
  engine,
  type ImpactFramework,
  type Strategy,
} from "eva-core";

const ALTERNATIVES = 6;
const CRITERIA = 40;

/**
 * The demo case grown to 6 alternatives × 40 rated criteria: the framework gets copies of its
 * rating dimensions until the strategy's goals and values plus the dimensions make 40, and every
 * cell has a rating, a justification and a confidence (the heaviest form the wizard allows).
 */
export function bigAssessment(strategy: Strategy): Assessment {
  const base = structuredClone(demoAssessment) as Assessment;
  const ratingDims = defaultFramework.dimensions.filter((d) => d.measure === "rating" && !d.bilingualOnly);
  const framework: ImpactFramework = structuredClone(defaultFramework);
  const rated = () =>
    buildValueTree(engine, { framework } as unknown as Assessment, strategy).criteria.filter(
      (c) => c.measure === "rating",
    );
  for (let k = 0; rated().length < CRITERIA; k++) {
    const d = ratingDims[k % ratingDims.length];
    if (!d) break;
    framework.dimensions.push({
      ...structuredClone(d),
      id: `${d.id}-${k + 2}`,
      label: { fi: `${d.label.fi} ${k + 2}`, sv: `${d.label.sv} ${k + 2}`, en: `${d.label.en} ${k + 2}` },
    });
  }
  const alternatives = Array.from({ length: ALTERNATIVES }, (_, i) => ({
    id: `vaihtoehto-${i + 1}`,
    name: i === 0 ? "Nykytila" : `Vaihtoehto ${i + 1}`,
    description: `Kuvaus vaihtoehdosta ${i + 1}.`,
    baseline: i === 0,
  }));
  const criteria = rated();
  const ratings = alternatives.flatMap((alt, i) =>
    criteria.map((c, j) => ({
      alternativeId: alt.id,
      criterionId: c.id,
      value: (((i * 7 + j * 3) % 7) - 3) as -3 | -2 | -1 | 0 | 1 | 2 | 3,
      justification: `Perustelu vaihtoehdolle ${i + 1} kohdassa ${j + 1}: vaikutus arvioitu valmistelussa.`,
      confidence: (["low", "medium", "high"] as const)[(i + j) % 3],
    })),
  );
  const flow = base.economy?.flows?.[0];
  return {
    ...base,
    framework,
    basics: { ...base.basics, title: "Suorituskykytesti 6 × 40" },
    alternatives,
    ratings,
    economy:
      base.economy && flow
        ? { ...base.economy, flows: alternatives.map((a) => ({ ...flow, alternativeId: a.id })) }
        : base.economy,
    risks: {
      ...base.risks,
      items: (base.risks?.items ?? []).map((r, k) => ({
        ...r,
        alternativeId: alternatives[k % ALTERNATIVES]?.id ?? r.alternativeId,
      })),
    },
    conclusion: { ...base.conclusion, recommendedAlternativeId: alternatives[1]?.id ?? "" },
  } as Assessment;
}
