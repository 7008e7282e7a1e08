import { type RefObject, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { LanguageMenu, LanguageMenuItem } from "suomifi-ui-components";
import { type Language, languages } from "../i18n/i18n.js";
import { currentLanguage, LanguageButtonText, languageMenuLabel } from "./language-menu-text.js";

/**
 * The Suomi.fi language menu, fetched when the official first reaches for the language button
 * (LanguageChoice.tsx): it opens itself, with the focus on its button, as if it had been there.
 */
export function LanguageMenuLoaded({ open }: { open: boolean; onFailed?: () => void }) {
  const { t, i18n } = useTranslation();
  const current = currentLanguage(i18n.language);
  const button = useRef<HTMLButtonElement>(null) as RefObject<HTMLButtonElement>;
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when it replaces the stand-in
  useEffect(() => {
    button.current?.focus();
    if (open) button.current?.click();
  }, []);
  const name = (l: Language) => t(`pages.languageName.${l}`);
  return (
    <LanguageMenu
      className="language-menu"
      forwardedRef={button}
      buttonText={<LanguageButtonText current={current} name={name(current)} />}
      aria-label={languageMenuLabel(t, current)}
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
