import { describe, expect, it } from "vitest";
import en from "./en.json";
import fi from "./fi.json";
import { i18n } from "./i18n.js";
import sv from "./sv.json";

// Older keys are flat ("list.title"); newer pages keep theirs in a block per page ("history": {…}).
type Catalogue = { [key: string]: string | Catalogue };
const flatten = (c: Catalogue, prefix = ""): Record<string, string> =>
  Object.fromEntries(
    Object.entries(c).flatMap(([k, v]) =>
      typeof v === "string" ? [[`${prefix}${k}`, v]] : Object.entries(flatten(v, `${prefix}${k}.`)),
    ),
  );

describe("UI catalogues", () => {
  it("have the same keys and {{parameters}} in fi, sv and en", () => {
    const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const base = flatten(fi);
    for (const other of [sv, en].map((c) => flatten(c as Catalogue))) {
      expect(Object.keys(other).sort()).toEqual(Object.keys(base).sort());
      for (const [k, v] of Object.entries(base)) expect(params(other[k] ?? ""), k).toEqual(params(v));
    }
  });
});

describe("the catalogues a page loads", () => {
  it("bundles Finnish only and fetches Swedish and English when chosen", async () => {
    await i18n.changeLanguage("fi");
    expect(i18n.hasResourceBundle("fi", "translation")).toBe(true);
    // a key whose three texts differ: the language switch must show the fetched catalogue's text
    expect(i18n.t("app.signOut")).toBe(fi["app.signOut"]);
    await i18n.changeLanguage("sv");
    expect(i18n.t("app.signOut")).toBe(sv["app.signOut"]);
    await i18n.changeLanguage("en");
    expect(i18n.t("app.signOut")).toBe(en["app.signOut"]);
    expect(new Set([fi["app.signOut"], sv["app.signOut"], en["app.signOut"]]).size).toBe(3);
    await i18n.changeLanguage("fi");
  });
});
