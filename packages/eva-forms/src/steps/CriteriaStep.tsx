import type { LocalizedText } from "eva-core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { RatingMatrix } from "../components/rating-matrix/index.js";

export const fields = ["ratings"] as const;

export interface CriterionInfo {
  id: string;
  label: LocalizedText | { fi: string; sv?: string; en?: string };
  /** guidance shown under a disclosure: success factors of a goal, meanings of a value */
  help?: string[];
  helpTitle?: string;
  /** the guiding question of an impact dimension */
  question?: string;
  legalBasis?: string;
}

/**
 * Ratings of every alternative on the given criteria (strategy goals, values or the framework's
 * impact dimensions), as the impact matrix: a row per criterion, a column per alternative, each
 * cell's details in the panel beside it (see RatingMatrix).
 */
export function CriteriaStep({
  criteria,
  title,
  readOnly,
}: {
  criteria: CriterionInfo[];
  /** the step's name, for the grid's name */
  title: string;
  readOnly?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as "fi" | "sv" | "en";
  const rows = useMemo(
    () =>
      criteria.map((c) => ({
        id: c.id,
        label: c.label[lang] ?? c.label.fi,
        help: c.help,
        helpTitle: c.helpTitle,
        question: c.question,
        legalBasis: c.legalBasis,
      })),
    [criteria, lang],
  );
  return <RatingMatrix criteria={rows} label={t("matrix.grid", { step: title })} readOnly={readOnly} />;
}
