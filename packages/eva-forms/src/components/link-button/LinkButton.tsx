import { forwardRef, type ReactNode } from "react";
import { RouterLink } from "suomifi-ui-components";

/**
 * An action that moves within the app ("Takaisin listaan", a case's title in a list) and looks
 * like a Suomi.fi link, but is a button: the app has no routes, so there is nowhere to link to,
 * and a screen reader hears what it is (a button that does something here).
 */
export const LinkButton = forwardRef<
  HTMLButtonElement,
  { children: ReactNode; onClick: () => void; id?: string; className?: string }
>(function LinkButton({ children, onClick, id, className }, ref) {
  return (
    <RouterLink
      asComponent="button"
      type="button"
      ref={ref}
      onClick={onClick}
      className={className ? `link-button ${className}` : "link-button"}
      underline="initial"
      {...(id ? { id } : {})}
    >
      {children}
    </RouterLink>
  );
});
