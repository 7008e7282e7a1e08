// Cases for the board summary's tests in every package: one whose ids are unmistakable (to prove
// no format shows a raw id or code) and one as large as an assessment gets (6 alternatives × 40
// criteria, every text at its longest), for page 1's one-page promise and the PDF benchmark.
import { demoAssessment } from "../src/data/demo-assessment.js";
import { exampleStrategies } from "../src/data/example-strategies/index.js";
import { findingCodes } from "../src/findings/codes.js";
import {
  type AssessmentInput,
  affectedGroups,
  participantGroups,
  participationMethods,
} from "../src/schemas/assessment.js";
import type { StrategyInput } from "../src/schemas/strategy.js";
import { verdictCodes } from "../src/schemas/verdict.js";

const rename = (ids: Record<string, string>) => (id: string) => ids[id] ?? id;

/**
 * The demo case with ids no text could contain by chance (`zqalt1`, `zqrisk1` …), a participant
 * heard only by group, a rating not assessed, costs without a funding source, a high risk
 * without mitigation and inconsistent AHP weights: the findings then carry ids as parameters.
 */
export function distinctIdsCase(): { assessment: AssessmentInput; strategy: StrategyInput; ids: string[] } {
  const a: AssessmentInput = structuredClone(demoAssessment);
  const alt = rename({ nykytila: "zqalt1", peruskorjaus: "zqalt2", uudisrakennus: "zqalt3" });
  a.alternatives = a.alternatives.map((x) => {
    const { shortName: _short, ...rest } = x;
    return { ...rest, id: alt(x.id) };
  });
  a.ratings = (a.ratings ?? []).map((r) => ({ ...r, alternativeId: alt(r.alternativeId) }));
  const first = a.ratings.find((r) => r.criterionId.startsWith("dim:") && r.alternativeId === "zqalt2");
  if (first) first.value = "not-assessed";
  a.conclusion = { ...a.conclusion, recommendedAlternativeId: alt(a.conclusion.recommendedAlternativeId) };
  if (a.economy) {
    a.economy.flows = (a.economy.flows ?? []).map((f) => {
      const { fundingSource: _f, ...rest } = f;
      return { ...rest, alternativeId: alt(f.alternativeId) };
    });
  }
  if (a.risks) {
    a.risks.items = (a.risks.items ?? []).map((r, i) => ({
      ...r,
      id: `zqrisk${i + 1}`,
      alternativeId: alt(r.alternativeId),
      ...(i === 0 ? { mitigation: "", residualLikelihood: 5, residualConsequence: 5 } : {}),
    }));
  }
  a.participation = [
    ...(a.participation ?? []).map((p, i) => ({ ...p, id: `zqpart${i + 1}` })),
    {
      id: "zqpart9",
      group: "elderly-council",
      method: "online-consultation",
      summary: "Lausunto annettiin.",
    },
  ];
  a.weights = {
    ...a.weights,
    local: {
      ...(a.weights?.local ?? {}),
      values: {
        method: "ahp",
        items: ["yhdessa", "avoimesti", "asiakaslahtoisesti"],
        // 9 over 1 over 9 round the circle: as inconsistent as a 3 × 3 matrix gets
        matrix: [
          [1, 9, 1 / 9],
          [1 / 9, 1, 9],
          [9, 1 / 9, 1],
        ],
      },
    },
  };
  a.weightsOverrideReason = "Arvojen painot parivertailulla.";
  const ids = ["zqalt1", "zqalt2", "zqalt3", ...(a.risks?.items ?? []).map((r) => r.id), "zqpart9"];
  return { assessment: a, strategy: exampleStrategies.kaarina, ids };
}

/** Codes of enumerations and findings that would look like text but are not. */
const kebabCodes = [...participantGroups, ...participationMethods, ...affectedGroups].filter((c) =>
  c.includes("-"),
);
const snakeCodes = [...Object.keys(findingCodes), ...verdictCodes].filter((c) => c.includes("_"));

/**
 * The raw ids and codes in a text the board reads: criterion ids (`dim:…`, `goal:…`), finding and
 * verdict codes, enumeration codes (`elderly-council`), and the given ids.
 */
export function rawIdsIn(text: string, ids: readonly string[] = []): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\b(?:goal|value|dim|risk):[A-Za-z0-9][\w.:-]*/g)) found.add(m[0]);
  for (const m of text.matchAll(/\b[a-z]+(?:_[a-z0-9]+)+\b/g)) found.add(m[0]);
  for (const code of [...kebabCodes, ...snakeCodes, ...ids]) {
    if (new RegExp(`(?<![\\w-])${code.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`).test(text))
      found.add(code);
  }
  return [...found].sort();
}

/**
 * The texts a reader sees in a JSON summary: every string value except those under keys that
 * hold ids and codes by design (`id`, `…Id`, `group`, `band`, `codes`, `locale`) and the
 * headings' keys (their values are scanned).
 */
export function summaryTexts(json: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === "string") {
      if (!/^(id|.*Id|group|band|codes|locale)$/.test(key)) out.push(v);
    } else if (Array.isArray(v)) for (const x of v) walk(x, key);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(json, "");
  return out;
}

const longText = (n: number, word = "arviointi") =>
  Array.from({ length: Math.ceil(n / (word.length + 1)) }, () => word)
    .join(" ")
    .slice(0, n)
    .trim();

/**
 * 6 alternatives × 40 rated criteria (12 goals, 6 values, 22 framework dimensions) plus money and
 * risk, every alternative's name 120 characters long, every text the schema allows at its longest,
 * 30 hearings and 60 risks. With `texts: "typical"` the texts are of an ordinary case's length
 * (a paragraph each, 8 hearings, 12 risks): the benchmark's 6 × 40 case.
 */
export function bigCase(options: { texts?: "longest" | "typical" } = {}): {
  assessment: AssessmentInput;
  strategy: StrategyInput;
} {
  const typical = options.texts === "typical";
  const long = (n: number, word?: string) => longText(typical ? Math.min(n, 400) : n, word);
  const t = (s: string) => ({ fi: s, sv: s, en: s });
  const strategy: StrategyInput = {
    id: "iso-strategia",
    organization: "kaarina",
    organizationName: { fi: "Kaarina" },
    name: { fi: "Iso strategia 2026–2030" },
    version: 3,
    validFrom: "2026-01-01",
    validTo: "2030-12-31",
    vision: { fi: "Visio" },
    goals: Array.from({ length: 12 }, (_, k) => ({
      id: `g${k}`,
      name: { fi: `Päämäärä ${k + 1}: ${long(60)}` },
    })),
    values: Array.from({ length: 6 }, (_, k) => ({ id: `v${k}`, name: { fi: `Arvo ${k + 1}` } })),
  };
  const groups = ["people", "environment", "economy", "organisation"] as const;
  const dims = Array.from({ length: 22 }, (_, k) => ({
    id: `d${k}`,
    group: groups[k % groups.length] ?? "people",
    label: t(`Vaikutusalue ${k + 1}: ${long(50)}`),
    question: t("Miten?"),
  }));
  const alternatives = Array.from({ length: 6 }, (_, i) => ({
    id: `a${i}`,
    name: `Vaihtoehto ${i + 1}: ${long(120)}`.slice(0, 120),
    description: long(5000),
    actions: long(5000),
    baseline: i === 0,
  }));
  const criteria = [
    ...strategy.goals.map((g) => `goal:${g.id}`),
    ...(strategy.values ?? []).map((v) => `value:${v.id}`),
    ...dims.map((d) => `dim:${d.id}`),
  ];
  const ratings = criteria.flatMap((criterionId, j) =>
    alternatives.map((alt, i) => ({
      alternativeId: alt.id,
      criterionId,
      // uneven on purpose: every alternative gets its own score
      value: ((i * (j + 2) + j * 3 + ((i * j) % 4)) % 7) - 3,
      justification: long(300),
      confidence: (["low", "medium", "high"] as const)[(i + j) % 3],
    })),
  );
  const assessment: AssessmentInput = {
    basics: {
      title: long(200, "Päätös"),
      caseRef: { organization: "kaarina", system: "dynasty", caseId: "999/02.02.00/2026" },
      decisionBody: long(200, "Kaupunginhallitus"),
      preparer: { name: long(200, "Valmistelija"), title: long(200, "Nimike") },
      deadline: "2026-06-01",
      problem: long(5000),
      objective: long(5000),
    },
    screening: { outcome: "full" },
    alternatives,
    ratings,
    economy: {
      discountRate: 0.03,
      flows: alternatives.map((alt, i) => ({
        alternativeId: alt.id,
        rows: Array.from({ length: 20 }, (_, k) => ({
          year: 2026 + k,
          investment: k < 3 ? 1_000_000 * (i + 1) : 0,
          operatingCost: 100_000 * (i + 1),
          income: 50_000 * k,
        })),
        fundingSource: long(500),
      })),
    },
    risks: {
      items: Array.from({ length: typical ? 12 : 60 }, (_, k) => ({
        id: `r${k}`,
        alternativeId: `a${k % 6}`,
        title: long(200, "Riski"),
        category: "financial" as const,
        likelihood: 1 + (k % 5),
        consequence: 1 + ((k * 3) % 5),
        mitigation: long(2000),
      })),
    },
    participation: Array.from({ length: typical ? 8 : 30 }, (_, k) => ({
      group: participantGroups[k % participantGroups.length] ?? "other",
      who: long(300, `Taho${k}`),
      method: "hearing" as const,
      summary: long(3000),
      changes: long(3000),
    })),
    framework: { id: "iso", version: 1, name: t("Iso kehikko"), dimensions: dims },
    conclusion: {
      recommendedAlternativeId: "a1",
      justification: long(5000),
      notBestReason: long(3000),
      followUp: { date: "2030-01-01", indicators: Array.from({ length: 30 }, () => long(300)) },
    },
  };
  return { assessment, strategy };
}
