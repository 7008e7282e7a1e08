import type { AssessmentDraftInput as AssessmentDraft } from "../schemas/assessment.js";
import type { Finding } from "../schemas/finding.js";
import { finding } from "./make.js";

// Plain language (selkokieli in spirit): decisions that members cannot understand have been annulled.
const MAX_WORDS = 25;
// abbreviations every reader knows; anything else must be explained in parentheses once
const KNOWN = new Set([
  "EVA",
  "EU",
  "YK",
  "THL",
  "WCAG",
  "ALV",
  "PDF",
  "IT",
  "OY",
  "AB",
  "KELA",
  "HUS",
  "ELY",
  "SOTE",
]);

/** The texts the board reads, with their JSON paths. */
function boardTexts(a: AssessmentDraft): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const add = (path: string, text: string | undefined) => {
    if (text?.trim()) out.push([path, text]);
  };
  add("/basics/title", a.basics?.title);
  add("/basics/problem", a.basics?.problem);
  add("/basics/objective", a.basics?.objective);
  (a.alternatives ?? []).forEach((alt, i) => {
    add(`/alternatives/${i}/name`, alt.name);
    add(`/alternatives/${i}/description`, alt.description);
  });
  add("/conclusion/justification", a.conclusion?.justification);
  return out;
}

export function checkPlainLanguage(a: AssessmentDraft): Finding[] {
  const out: Finding[] = [];
  for (const [path, text] of boardTexts(a)) {
    const sentences = text.split(/(?<=[.!?])\s+/);
    const longest = Math.max(...sentences.map((s) => s.split(/\s+/).filter(Boolean).length));
    if (longest > MAX_WORDS) out.push(finding("long_sentence", path, { words: longest, max: MAX_WORDS }));
    const seen = new Set<string>();
    for (const m of text.matchAll(/(?<![\p{L}\d])[A-ZÅÄÖ]{2,6}(?![\p{L}\d])/gu)) {
      const abbr = m[0];
      if (KNOWN.has(abbr) || seen.has(abbr)) continue;
      seen.add(abbr);
      const explained = text.includes(`(${abbr})`) || new RegExp(`${abbr}\\s*\\(`).test(text);
      if (!explained) out.push(finding("unexplained_abbreviation", path, { abbreviation: abbr }));
    }
  }
  return out;
}
