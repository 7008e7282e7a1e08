import { useEffect } from "react";

/**
 * The document title of the page on screen, most specific first and EVA last
 * ("Vaihe 3/9: Vaihtoehdot – Piikkiön lähikirjasto – EVA"): what a browser tab, the history and a
 * screen reader announce when the page changes.
 */
export function usePageTitle(...parts: Array<string | null | undefined | false>): void {
  const title = [...parts.filter((p): p is string => typeof p === "string" && p.trim() !== ""), "EVA"].join(
    " – ",
  );
  useEffect(() => {
    document.title = title;
  }, [title]);
}
