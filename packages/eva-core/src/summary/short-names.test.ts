import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SHORT_NAME_MAX, shortNames } from "./short-names.js";

describe("shortNames", () => {
  it("keeps the preparer's short name and a name that fits", () => {
    expect(
      shortNames([
        { id: "a", name: "Nykytila" },
        { id: "b", name: "Uusi koulu ja päiväkoti samaan rakennukseen", shortName: "Uusi koulu" },
      ]),
    ).toEqual({ a: "Nykytila", b: "Uusi koulu" });
  });

  it("derives the first words of a long name, never ending on 'ja', 'och' or 'and'", () => {
    const out = shortNames([
      { id: "a", name: "Uusi koulu ja päiväkoti samaan rakennukseen" },
      { id: "b", name: "Vanhan koulun peruskorjaus ja laajennus kahdella luokalla" },
      { id: "c", name: "Renovate the old school and extend it by two classrooms" },
    ]);
    expect(out).toEqual({
      a: "Uusi koulu ja päiväkoti…",
      b: "Vanhan koulun peruskorjaus…",
      c: "Renovate the old school…",
    });
  });

  it("tells apart names that start alike", () => {
    const out = shortNames([
      { id: "a", name: "Uuden koulun rakentaminen nykyisen koulun tontille keskustaan" },
      { id: "b", name: "Uuden koulun rakentaminen nykyisen koulun tontille Littoisiin" },
    ]);
    expect(out.a).not.toBe(out.b);
    expect(out.a).toMatch(/keskustaan$/);
    expect(out.b).toMatch(/Littoisiin$/);
  });

  it("gives every alternative a distinct name of at most 30 characters (any names)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.string({ minLength: 1, maxLength: 120 }).filter((s) => s.trim().length > 0),
            shortName: fc.option(
              fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0),
              {
                nil: undefined,
              },
            ),
          }),
          { minLength: 2, maxLength: 6 },
        ),
        (alts) => {
          const withIds = alts.map((a, i) => ({ ...a, id: `x${i}` }));
          const out = shortNames(withIds);
          for (const a of withIds) {
            expect((out[a.id] ?? "").length).toBeLessThanOrEqual(SHORT_NAME_MAX);
            expect((out[a.id] ?? "").trim().length).toBeGreaterThan(0);
          }
          const given = withIds.filter((a) => a.shortName?.trim());
          for (const a of given)
            if (given.filter((b) => b.shortName?.trim() === a.shortName?.trim()).length === 1) {
              expect(out[a.id]).toBe(a.shortName?.trim());
            }
          if (given.length === 0) expect(new Set(Object.values(out)).size).toBe(withIds.length);
        },
      ),
    );
  });
});
