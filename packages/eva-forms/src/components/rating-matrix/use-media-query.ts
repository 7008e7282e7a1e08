import { useSyncExternalStore } from "react";

/** Whether a CSS media query matches now (false where there is no matchMedia, as in jsdom). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = typeof window !== "undefined" ? window.matchMedia?.(query) : undefined;
      list?.addEventListener("change", onChange);
      return () => list?.removeEventListener("change", onChange);
    },
    () => (typeof window !== "undefined" ? (window.matchMedia?.(query).matches ?? false) : false),
    () => false,
  );
}
