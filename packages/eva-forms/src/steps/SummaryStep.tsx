import { useQuery } from "@tanstack/react-query";
import { type AssessmentDraftInput, findingMessage, findings, type Strategy, type Summary } from "eva-core";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { ApiClient } from "../api/client.js";
import { BoardSummary } from "../components/board-summary/index.js";

export const fields = [] as const;

/** The board summary as the server makes it (one rendering), and what still blocks submission. */
export function SummaryStep({
  api,
  id,
  strategy,
  savedAt,
}: {
  api: ApiClient;
  id: string;
  strategy: Strategy;
  savedAt: string;
}) {
  const { t, i18n } = useTranslation();
  useFormContext();
  const values = useWatch() as AssessmentDraftInput;
  const lang = i18n.language as "fi" | "sv" | "en";
  const summary = useQuery({
    queryKey: ["summary", id, lang, savedAt],
    queryFn: async () =>
      (
        await api.request<Summary>(
          "GET",
          `/v1/assessments/${encodeURIComponent(id)}/summary?format=json&lang=${lang}`,
        )
      ).data,
    retry: false,
  });
  const open = findings(values, strategy);
  return (
    <>
      <h3>{t("summary.findings")}</h3>
      {open.length === 0 ? (
        <p>{t("summary.noFindings")}</p>
      ) : (
        <ul className="findings">
          {open.map((f) => {
            const m = findingMessage(f, lang);
            return (
              <li key={`${f.code}-${f.path}-${JSON.stringify(f.params)}`} data-severity={f.severity}>
                <strong>{m.title}</strong> {m.action}
              </li>
            );
          })}
        </ul>
      )}
      {summary.data ? (
        <BoardSummary
          summary={summary.data}
          print={{ label: t("summary.print"), onPrint: () => window.print() }}
        />
      ) : (
        <p>{t("summary.unavailable")}</p>
      )}
    </>
  );
}
