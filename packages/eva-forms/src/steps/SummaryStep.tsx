import { useQuery } from "@tanstack/react-query";
import {
  type AssessmentDraftInput,
  AssessmentSchema,
  findingMessage,
  findingNames,
  findings,
  isScreenedOut,
  type Strategy,
  type Summary,
} from "eva-core";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { ApiClient } from "../api/client.js";
import { BoardSummary } from "../components/board-summary/index.js";
import { asLocale } from "../format/locale.js";
import { cleanDraft } from "../wizard/clean-draft.js";

export const fields = [] as const;

/**
 * Tiivistelmä: what still blocks submission and the other findings (named in words), and the
 * board summary as the server makes it (one rendering). A case that screening closed has no board
 * summary: its record is the screening's result and reason.
 */
export function SummaryStep({
  api,
  id,
  strategy,
  savedAt,
  headingLevel = 2,
}: {
  api: ApiClient;
  id: string;
  strategy: Strategy;
  savedAt: string;
  /** its headings' level: 2 under a step's h1, 3 under the case page's "Päättäjien tiivistelmä" */
  headingLevel?: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  useFormContext();
  const values = cleanDraft(useWatch()) as AssessmentDraftInput;
  const lang = asLocale(i18n.language);
  const closed = isScreenedOut(values);
  // the server summarises a complete assessment only: an incomplete one is not asked for
  const complete = !closed && AssessmentSchema.safeParse(values).success;
  const summary = useQuery({
    queryKey: ["summary", id, lang, savedAt],
    enabled: complete,
    queryFn: async () =>
      (
        await api.request<Summary>(
          "GET",
          `/v1/assessments/${encodeURIComponent(id)}/summary?format=json&lang=${lang}`,
        )
      ).data,
    retry: false,
  });
  const names = findingNames(values, strategy, lang);
  const open = findings(values, strategy);
  const errors = open.filter((f) => f.severity === "error");
  const others = open.filter((f) => f.severity !== "error");
  const list = (items: typeof open) => (
    <ul className="findings">
      {items.map((f) => {
        const m = findingMessage(f, lang, names);
        return (
          <li key={`${f.code}-${f.path}-${JSON.stringify(f.params)}`} data-severity={f.severity}>
            <strong>{m.title}</strong> {m.action}
          </li>
        );
      })}
    </ul>
  );
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <>
      {closed && (
        <section className="notice" aria-labelledby="closed-title">
          <H id="closed-title">{t("summary.closed")}</H>
          <p>{t("summary.closedBody", { reason: values.screening?.reason ?? "–" })}</p>
        </section>
      )}
      <H>{t("summary.openFindings")}</H>
      {errors.length === 0 ? <p>{t("summary.noFindings")}</p> : list(errors)}
      {others.length > 0 && (
        <>
          <H>{t("summary.otherFindings")}</H>
          {list(others)}
        </>
      )}
      {!closed &&
        (summary.data ? (
          <BoardSummary
            summary={summary.data}
            print={{ label: t("summary.print"), onPrint: () => window.print() }}
          />
        ) : (
          <p>{t("summary.unavailable")}</p>
        ))}
    </>
  );
}
