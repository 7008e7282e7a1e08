import type { z } from "zod";
import { defaultRiskScale, type RiskScale } from "./risk-scale.js";

/**
 * Cross-field rules of an assessment. Each issue carries `params.evaCode`, a stable code whose
 * wording lives in the validation catalogues (i18n/validation-*.ts).
 */
type Ctx = z.RefinementCtx;
type Path = Array<string | number>;

// The structural view both modes share (draft fields are optional).
interface Shape {
  basics?:
    | {
        title?: string | undefined;
        decisionBody?: string | undefined;
        problem?: string | undefined;
        objective?: string | undefined;
        preparer?: { name?: string | undefined } | undefined;
        publicity?: { class?: string; reason?: string | undefined } | undefined;
      }
    | undefined;
  participation?: Array<{ summary?: string | undefined }> | undefined;
  screening?: { outcome?: string | undefined; reason?: string | undefined } | undefined;
  alternatives?:
    | Array<{
        id: string;
        name?: string | undefined;
        description?: string | undefined;
        baseline?: boolean | undefined;
      }>
    | undefined;
  ratings?: Array<{ alternativeId: string; criterionId: string }> | undefined;
  economy?: { flows?: Array<{ alternativeId: string; rows?: Array<{ year: number }> }> } | undefined;
  risks?:
    | {
        scale?: RiskScale | undefined;
        items?: Array<{
          id: string;
          alternativeId: string;
          title?: string | undefined;
          likelihood?: number | undefined;
          consequence?: number | undefined;
          residualLikelihood?: number | undefined;
          residualConsequence?: number | undefined;
        }>;
      }
    | undefined;
  conclusion?:
    | { recommendedAlternativeId?: string | undefined; justification?: string | undefined }
    | undefined;
}

function issue(ctx: Ctx, path: Path, evaCode: string, message: string, params: Record<string, unknown> = {}) {
  ctx.addIssue({ code: "custom", path, message, params: { evaCode, ...params } });
}

/**
 * The top-level sections checkAssessmentReferences reads (a test holds it to this): an edit that
 * changes none of them cannot change its result.
 */
export const referenceSections: ReadonlyArray<keyof Shape> = [
  "alternatives",
  "ratings",
  "economy",
  "risks",
  "conclusion",
];

export function checkAssessmentReferences(a: Shape, ctx: Ctx): void {
  const alternatives = a.alternatives ?? [];
  const ids = new Set<string>();
  alternatives.forEach((alt, i) => {
    if (ids.has(alt.id))
      issue(ctx, ["alternatives", i, "id"], "duplicate_id", `duplicate id ${alt.id}`, { id: alt.id });
    ids.add(alt.id);
  });
  const baselines = alternatives.flatMap((alt, i) => (alt.baseline ? [i] : []));
  if (baselines.length > 1) {
    issue(
      ctx,
      ["alternatives", baselines[1] ?? 0, "baseline"],
      "two_baselines",
      "only one alternative can be the baseline",
      {
        count: baselines.length,
      },
    );
  }
  const known = (id: string) => ids.has(id);

  const cells = new Set<string>();
  (a.ratings ?? []).forEach((r, i) => {
    if (!known(r.alternativeId)) {
      issue(
        ctx,
        ["ratings", i, "alternativeId"],
        "unknown_alternative",
        `no alternative ${r.alternativeId}`,
        {
          id: r.alternativeId,
        },
      );
    }
    const key = `${r.alternativeId}\u0000${r.criterionId}`;
    if (cells.has(key)) issue(ctx, ["ratings", i], "duplicate_rating", "the same cell is rated twice");
    cells.add(key);
  });

  (a.economy?.flows ?? []).forEach((f, i) => {
    if (!known(f.alternativeId)) {
      issue(
        ctx,
        ["economy", "flows", i, "alternativeId"],
        "unknown_alternative",
        `no alternative ${f.alternativeId}`,
        {
          id: f.alternativeId,
        },
      );
    }
    const years = new Set<number>();
    (f.rows ?? []).forEach((row, j) => {
      if (years.has(row.year)) {
        issue(ctx, ["economy", "flows", i, "rows", j, "year"], "duplicate_year", `year ${row.year} twice`, {
          year: row.year,
        });
      }
      years.add(row.year);
    });
  });
  const flowAlts = new Set<string>();
  (a.economy?.flows ?? []).forEach((f, i) => {
    if (flowAlts.has(f.alternativeId)) {
      issue(
        ctx,
        ["economy", "flows", i, "alternativeId"],
        "duplicate_id",
        "two cash-flow tables for one alternative",
        {
          id: f.alternativeId,
        },
      );
    }
    flowAlts.add(f.alternativeId);
  });

  const scale = a.risks?.scale ?? defaultRiskScale;
  const riskIds = new Set<string>();
  (a.risks?.items ?? []).forEach((r, i) => {
    if (riskIds.has(r.id))
      issue(ctx, ["risks", "items", i, "id"], "duplicate_id", `duplicate id ${r.id}`, { id: r.id });
    riskIds.add(r.id);
    if (!known(r.alternativeId)) {
      issue(
        ctx,
        ["risks", "items", i, "alternativeId"],
        "unknown_alternative",
        `no alternative ${r.alternativeId}`,
        {
          id: r.alternativeId,
        },
      );
    }
    for (const [field, max] of [
      ["likelihood", scale.likelihoodLevels],
      ["consequence", scale.consequenceLevels],
      ["residualLikelihood", scale.likelihoodLevels],
      ["residualConsequence", scale.consequenceLevels],
    ] as const) {
      const v = r[field];
      if (v !== undefined && v > max) {
        issue(
          ctx,
          ["risks", "items", i, field],
          "level_above_scale",
          `${field} ${v} is above the scale's ${max}`,
          {
            value: v,
            max,
          },
        );
      }
    }
  });

  const rec = a.conclusion?.recommendedAlternativeId;
  if (rec !== undefined && !known(rec)) {
    issue(ctx, ["conclusion", "recommendedAlternativeId"], "unknown_alternative", `no alternative ${rec}`, {
      id: rec,
    });
  }
}

/** Texts of the basics every submitted case must have. */
function basicsTexts(a: Shape): Array<[Path, string | undefined]> {
  const b = a.basics;
  return [
    [["basics", "title"], b?.title],
    [["basics", "decisionBody"], b?.decisionBody],
    [["basics", "preparer", "name"], b?.preparer?.name],
    [["basics", "problem"], b?.problem],
    [["basics", "objective"], b?.objective],
  ];
}

/** Texts a complete assessment must have (drafts may leave them empty). */
function requiredTexts(a: Shape): Array<[Path, string | undefined]> {
  return [
    ...basicsTexts(a),
    ...(a.alternatives ?? []).flatMap(
      (alt, i): Array<[Path, string | undefined]> => [
        [["alternatives", i, "name"], alt.name],
        [["alternatives", i, "description"], alt.description],
      ],
    ),
    ...(a.risks?.items ?? []).map((r, i): [Path, string | undefined] => [
      ["risks", "items", i, "title"],
      r.title,
    ]),
    ...(a.participation ?? []).map((p, i): [Path, string | undefined] => [
      ["participation", i, "summary"],
      p.summary,
    ]),
    [["conclusion", "justification"], a.conclusion?.justification],
  ];
}

export function checkCompleteAssessment(a: Shape, ctx: Ctx): void {
  for (const [path, value] of requiredTexts(a)) {
    if (!value?.trim()) issue(ctx, path, "required_text", "this text is required");
  }
  const baselines = (a.alternatives ?? []).filter((alt) => alt.baseline).length;
  if (baselines === 0)
    issue(ctx, ["alternatives"], "no_baseline", "one alternative must be the baseline (zero option)");
  checkScreeningAndPublicity(a, ctx);
}

/** A case closed by screening: the basics' texts, the reason, and publicity's legal reason. */
export function checkScreenedOutAssessment(a: Shape, ctx: Ctx): void {
  for (const [path, value] of basicsTexts(a)) {
    if (!value?.trim()) issue(ctx, path, "required_text", "this text is required");
  }
  checkScreeningAndPublicity(a, ctx);
}

function checkScreeningAndPublicity(a: Shape, ctx: Ctx): void {
  if (a.screening?.outcome === "none" && !a.screening.reason?.trim()) {
    issue(
      ctx,
      ["screening", "reason"],
      "screening_reason_required",
      "a reason is required when no EVA is made",
    );
  }
  if (a.basics?.publicity?.class === "confidential" && !a.basics.publicity.reason?.trim()) {
    issue(
      ctx,
      ["basics", "publicity", "reason"],
      "confidential_reason_required",
      "confidentiality needs its legal reason",
    );
  }
}
