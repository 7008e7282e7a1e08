import { type ComponentType, lazy, Suspense, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { IconChevronDown } from "suomifi-ui-components";
import { currentLanguage, LanguageButtonText, languageMenuLabel } from "./language-menu-text.js";

const loadMenu = () => import("./LanguageMenuLoaded.js");
type MenuProps = { open: boolean; onFailed: () => void };
/** the menu's chunk did not come: the stand-in comes back (the next click tries again) */
function NoMenu({ onFailed }: MenuProps) {
  useEffect(onFailed, [onFailed]);
  return null;
}
const menu = () =>
  lazy<ComponentType<MenuProps>>(() =>
    loadMenu().then(
      (m) => ({ default: m.LanguageMenuLoaded }),
      () => ({ default: NoMenu }),
    ),
  );

/**
 * The language menu in the page header: one compact button naming the language in use
 * ("Suomeksi (FI)"), each language in its own words in the menu. The Suomi.fi LanguageMenu (with
 * the popover library it brings) is not part of the first visit: until the official reaches for
 * it, a button that looks the same stands in; hovering or focusing it fetches the menu, a click
 * or Enter shows the real menu open, with the focus on its button.
 */
export function LanguageChoice() {
  const { t, i18n } = useTranslation();
  const current = currentLanguage(i18n.language);
  const [Menu, setMenu] = useState<ReturnType<typeof menu> | null>(null);
  const forget = useCallback(() => setMenu(null), []);
  const standIn = (
    <div className="fi-language-menu language-menu language-stand-in">
      <button
        type="button"
        className="fi-language-menu_button"
        aria-haspopup="menu"
        aria-expanded={false}
        aria-label={languageMenuLabel(t, current)}
        onPointerEnter={() => void loadMenu().catch(() => {})}
        onFocus={() => void loadMenu().catch(() => {})}
        onClick={() => setMenu(() => menu())}
      >
        <LanguageButtonText current={current} name={t(`pages.languageName.${current}`)} />
        <IconChevronDown className="fi-language-menu_button_icon" />
      </button>
    </div>
  );
  if (!Menu) return standIn;
  return (
    <Suspense fallback={standIn}>
      <Menu open onFailed={forget} />
    </Suspense>
  );
}
