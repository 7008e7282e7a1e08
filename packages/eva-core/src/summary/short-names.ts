/** The longest short name (AlternativeSchema.shortName allows 30 characters). */
export const SHORT_NAME_MAX = 30;

// words that never end a short name ("Uusi koulu ja…" reads as unfinished): conjunctions,
// prepositions and articles of fi, sv and en up to three letters
const dangling = new Set(
  "ja eli tai sekä tms ym ja, och att av i på för med som en ett den det and or of the to in on for by with a an"
    .split(" ")
    .filter(Boolean),
);

/**
 * lyhyt nimi: how the summary's page 1, chart, tables and matrix name an alternative. The preparer's
 * own shortName when given; else the name itself when it fits in 30 characters; else its first words
 * up to 29 characters with "…", never ending on a word like "ja" or "and". Names that would come
 * out the same are told apart by their last words ("Uusi koulu … keskustaan"), or else a number.
 * @example shortNames([{ id: "a", name: "Uusi koulu ja päiväkoti samaan rakennukseen" }]).a // "Uusi koulu ja päiväkoti…"
 */
export function shortNames(
  alternatives: ReadonlyArray<{ id: string; name: string; shortName?: string | undefined }>,
): Record<string, string> {
  const first = alternatives.map((a) => a.shortName?.trim() || derive(a.name));
  const out: Record<string, string> = {};
  alternatives.forEach((a, i) => {
    let name = first[i] ?? a.name;
    const clash = first.filter((x) => x === name).length > 1 && !a.shortName?.trim();
    if (clash) name = headAndTail(a.name);
    out[a.id] = name;
  });
  // what still clashes gets a number, in the alternatives' order
  const seen = new Map<string, number>();
  for (const a of alternatives) {
    const name = out[a.id] ?? "";
    const count = Object.values(out).filter((x) => x === name).length;
    if (count < 2) continue;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    const suffix = ` (${n})`;
    out[a.id] = `${cut(name.replace(/…$/, ""), SHORT_NAME_MAX - suffix.length - 1)}${suffix}`;
  }
  return out;
}

function derive(name: string): string {
  const clean = name.replace(/\s+/g, " ").trim();
  if (clean.length <= SHORT_NAME_MAX) return clean;
  return cut(clean, SHORT_NAME_MAX - 1);
}

/** The first words of `text` that fit in `max` characters, with "…" (a long first word is cut). */
function cut(text: string, max: number): string {
  const words = text.split(" ");
  const kept: string[] = [];
  for (const w of words) {
    if ([...kept, w].join(" ").length > max) break;
    kept.push(w);
  }
  while (kept.length > 1 && dangling.has((kept[kept.length - 1] ?? "").toLowerCase().replace(/[,:;]$/, ""))) {
    kept.pop();
  }
  const head = kept.length > 0 ? kept.join(" ") : text.slice(0, max);
  return `${head.replace(/[,:;.–-]+$/, "")}…`;
}

/** "first words … last word", when the start alone does not tell two names apart. */
function headAndTail(name: string): string {
  const words = name.replace(/\s+/g, " ").trim().split(" ");
  const tail = words[words.length - 1] ?? "";
  const room = SHORT_NAME_MAX - tail.length - 3;
  if (room < 4) return derive(name);
  const head = cut(words.slice(0, -1).join(" "), room).replace(/…$/, "");
  return `${head} … ${tail}`.slice(0, SHORT_NAME_MAX);
}
