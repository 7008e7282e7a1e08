import type { TFunction } from "i18next";
import { type Language, languages } from "../i18n/i18n.js";

export const currentLanguage = (language: string): Language =>
  (languages as readonly string[]).includes(language) ? (language as Language) : "fi";

/** "Kieli: Suomeksi (FI)": says what the button is and contains its visible text (WCAG 2.5.3) */
export const languageMenuLabel = (t: TFunction, current: Language) =>
  `${t("app.language")}: ${t(`pages.languageName.${current}`)} (${current.toUpperCase()})`;

/** The button's text: the language in use in its own words and its code ("Suomeksi (FI)"). */
export function LanguageButtonText({ current, name }: { current: Language; name: string }) {
  return (
    <span lang={current}>
      <span className="language-name">{name} </span>({current.toUpperCase()})
    </span>
  );
}
