import type { Context } from "hono";

export type Locale = "fi" | "sv" | "en";

/** The caller's language from Accept-Language (q-values honoured); Finnish by default. */
export function localeOf(c: Context): Locale {
  const header = c.req.header("accept-language") ?? "";
  const prefs = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { lang: tag.trim().toLowerCase().slice(0, 2), q: Number.isFinite(q) ? q : 0 };
    })
    .filter((p) => p.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const p of prefs) if (p.lang === "fi" || p.lang === "sv" || p.lang === "en") return p.lang;
  return "fi";
}
