import { useTranslation } from "react-i18next";
import { LanguageMenu, LanguageMenuItem } from "suomifi-ui-components";
import { type Language, languages } from "../i18n/i18n.js";

/**
 * The Suomi.fi language menu in the page header: one compact button naming the language in use
 * ("Suomeksi (FI)"), each language in its own words in the menu. Its name says what it is
 * ("Kieli: Suomeksi (FI)") and contains the visible text (WCAG 2.5.3).
 */
export function LanguageChoice() {
  const { t, i18n } = useTranslation();
  const current = (languages as readonly string[]).includes(i18n.language)
    ? (i18n.language as Language)
    : "fi";
  const name = (l: Language) => t(`pages.languageName.${l}`);
  return (
    <LanguageMenu
      className="language-menu"
      buttonText={
        <span lang={current}>
          <span className="language-name">{name(current)} </span>({current.toUpperCase()})
        </span>
      }
      aria-label={`${t("app.language")}: ${name(current)} (${current.toUpperCase()})`}
    >
      {languages.map((l) => (
        <LanguageMenuItem
          key={l}
          lang={l}
          selected={l === current}
          onSelect={() => void i18n.changeLanguage(l)}
        >
          {name(l)} ({l.toUpperCase()})
        </LanguageMenuItem>
      ))}
    </LanguageMenu>
  );
}
