import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseArbitrary } from "../../test/evaluate-arbitraries.js";
import { safeParseLocalized } from "../i18n/localize-issues.js";
import { type AssessmentDraft, AssessmentDraftSchema } from "./assessment.js";
import { checkAssessmentReferences, referenceSections } from "./assessment-refinements.js";
import { safeParseDraftUpdate } from "./draft-update.js";

type Draft = Record<string, unknown>;
const locales = ["fi", "sv", "en"] as const;

/** Edits an autosave could make (and some no client should send), as functions of the draft. */
const edit: fc.Arbitrary<(d: Draft) => Draft> = fc.oneof(
  fc.constant((d: Draft) => d),
  fc.constant((d: Draft) => ({ ...d })),
  fc
    .string({ maxLength: 30 })
    .map((title) => (d: Draft) => ({ ...d, basics: { ...(d.basics as Draft), title } })),
  fc.constant((d: Draft) => ({ ...d, basics: { ...(d.basics as Draft), title: "x".repeat(501) } })),
  fc.constant((d: Draft) => ({ ...d, basics: structuredClone(d.basics) })),
  fc.anything({ maxDepth: 2 }).map((v) => (d: Draft) => ({ ...d, basics: v })),
  fc
    .tuple(fc.nat(), fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constant("not-assessed"), fc.constant(1.5)))
    .map(([i, value]) => (d: Draft) => {
      const ratings = [...((d.ratings as Draft[] | undefined) ?? [])];
      if (ratings.length > 0) ratings[i % ratings.length] = { ...ratings[i % ratings.length], value };
      return { ...d, ratings };
    }),
  fc.nat().map((i) => (d: Draft) => {
    const ratings = [...((d.ratings as Draft[] | undefined) ?? [])];
    if (ratings.length > 0)
      ratings[i % ratings.length] = { ...ratings[i % ratings.length], alternativeId: "nobody" };
    return { ...d, ratings };
  }),
  fc.constant((d: Draft) => {
    const alternatives = (d.alternatives as Draft[]).map((a) => ({ ...a, id: "same" }));
    return { ...d, alternatives };
  }),
  fc.constant((d: Draft) => ({
    ...d,
    alternatives: (d.alternatives as Draft[]).map((a) => ({ ...a, baseline: true })),
  })),
  fc.constant((d: Draft) => ({ ...d, alternatives: (d.alternatives as Draft[]).slice(1) })),
  fc.string({ maxLength: 20 }).map((name) => (d: Draft) => ({
    ...d,
    alternatives: [...(d.alternatives as Draft[]), { id: `new-${name.length}`, name }],
  })),
  fc.anything({ maxDepth: 2 }).map((v) => (d: Draft) => ({ ...d, economy: v })),
  fc.anything({ maxDepth: 2 }).map((v) => (d: Draft) => ({ ...d, weights: v })),
  fc.constant((d: Draft) => ({ ...d, weightsOverrideReason: "Valtuusto painotti taloutta." })),
  fc.constant((d: Draft) => {
    const { economy: _, ...rest } = d;
    return rest;
  }),
  fc.constant((d: Draft) => ({ ...d, unknownSection: {} })),
  fc.constant((d: Draft) => ({ ...d, schemaVersion: 2 })),
);

const arbitrary = fc.record({
  draft: caseArbitrary.map((c) => AssessmentDraftSchema.parse(c.assessment)),
  edits: fc.array(edit, { minLength: 1, maxLength: 3 }),
  locale: fc.constantFrom(...locales),
});

describe("safeParseDraftUpdate", () => {
  it("gives exactly the full schema's result for random edits of valid drafts (data, errors and key order)", () => {
    fc.assert(
      fc.property(arbitrary, ({ draft, edits, locale }) => {
        const next = edits.reduce<Draft>((d, f) => f(d), draft as Draft);
        const fast = safeParseDraftUpdate(draft, next, locale);
        const full = safeParseLocalized(AssessmentDraftSchema, next, locale);
        expect(fast).toEqual(full);
        if (fast.success && full.success) expect(JSON.stringify(fast.data)).toBe(JSON.stringify(full.data));
      }),
      { numRuns: 400 },
    );
  });

  it("keeps untouched sections as they are, parsing only the changed one", () => {
    fc.assert(
      fc.property(
        caseArbitrary.map((c) => AssessmentDraftSchema.parse(c.assessment)),
        (draft: AssessmentDraft) => {
          const next = { ...draft, basics: { ...draft.basics, problem: "Uusi ongelma." } };
          const r = safeParseDraftUpdate(draft, next);
          expect(r.success).toBe(true);
          if (!r.success) return;
          expect(r.data.basics?.problem).toBe("Uusi ongelma.");
          expect(r.data.ratings).toBe(draft.ratings);
          expect(r.data.alternatives).toBe(draft.alternatives);
          // the full schema copies every section
          expect(AssessmentDraftSchema.parse(next).ratings).not.toBe(draft.ratings);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("reports a cross-field error of an untouched section's partner (a rating of a removed alternative)", () => {
    const draft = AssessmentDraftSchema.parse({
      alternatives: [
        { id: "a", name: "Nollavaihtoehto", baseline: true },
        { id: "b", name: "Uusi koulu" },
      ],
      ratings: [{ alternativeId: "b", criterionId: "goal:g1", value: 2, justification: "Perustelu." }],
    });
    const r = safeParseDraftUpdate(draft, { ...draft, alternatives: draft.alternatives?.slice(0, 1) }, "en");
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.errors.map((e) => e.path)).toEqual(["/ratings/0/alternativeId"]);
  });

  it("skips the cross-field rules only where they cannot change: they read no section but referenceSections", () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const draft = AssessmentDraftSchema.parse(c.assessment) as Draft;
        const read = new Set<string>();
        const watched = new Proxy(draft, {
          get(target, key, receiver) {
            if (typeof key === "string") read.add(key);
            return Reflect.get(target, key, receiver);
          },
        });
        checkAssessmentReferences(watched as never, { addIssue: () => undefined } as never);
        expect([...read].filter((k) => !(referenceSections as readonly string[]).includes(k))).toEqual([]);
        // not vacuous: the rules do read those sections
        expect([...read]).toEqual(expect.arrayContaining(["alternatives", "ratings", "risks"]));
      }),
      { numRuns: 50 },
    );
  });
});
