import i18next, { type BackendModule, type i18n as I18n, type ResourceKey } from "i18next";
import { initReactI18next } from "react-i18next";
import fi from "./fi.json";

export const languages = ["fi", "sv", "en"] as const;
export type Language = (typeof languages)[number];

/**
 * The Swedish and English catalogues are chunks of their own, fetched the first time the language
 * is chosen: a first visit in Finnish downloads one catalogue, not three. Finnish, the default and
 * the fallback, is bundled.
 */
const catalogues: Record<string, () => Promise<{ default: ResourceKey }>> = {
  sv: () => import("./sv.json"),
  en: () => import("./en.json"),
};
const lazyCatalogues: BackendModule = {
  type: "backend",
  init() {},
  read(language, _namespace, callback) {
    const load = catalogues[language];
    if (!load) return callback(null, {});
    load().then(
      (m) => callback(null, m.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

const STORED = "eva-language";
/** the language this browser chose last time (kept across visits), else Finnish */
const remembered = (): Language => {
  try {
    const stored = typeof localStorage === "undefined" ? null : localStorage.getItem(STORED);
    return languages.find((l) => l === stored) ?? "fi";
  } catch {
    return "fi"; // storage switched off
  }
};

/**
 * i18next with the fi (default), sv and en catalogues; the document's lang follows the language,
 * and the browser remembers the choice for the next visit.
 */
export const i18n: I18n = i18next.createInstance();
void i18n
  .use(lazyCatalogues)
  .use(initReactI18next)
  .init({
    resources: { fi: { translation: fi } },
    partialBundledLanguages: true,
    lng: remembered(),
    fallbackLng: "fi",
    supportedLngs: [...languages],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
i18n.on("languageChanged", (lng) => {
  if (typeof document !== "undefined") document.documentElement.lang = lng;
  try {
    if (typeof localStorage !== "undefined") localStorage.setItem(STORED, lng);
  } catch {
    // storage switched off: the choice lasts for this page only
  }
});
