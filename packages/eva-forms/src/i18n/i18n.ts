import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

export const languages = ["fi", "sv", "en"] as const;
export type Language = (typeof languages)[number];

/** i18next with the fi (default), sv and en catalogues; the document's lang follows the language. */
export const i18n: I18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
  lng: "fi",
  fallbackLng: "fi",
  interpolation: { escapeValue: false },
  initAsync: false,
});
i18n.on("languageChanged", (lng) => {
  if (typeof document !== "undefined") document.documentElement.lang = lng;
});
