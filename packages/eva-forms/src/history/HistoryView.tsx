import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Heading, InlineAlert, Paragraph } from "suomifi-ui-components";
import type { ApiClient } from "../api/client.js";
import { usePageTitle } from "../app/page-title.js";
import { ChangeList } from "../changes/ChangeList.js";
import type { CriterionNames } from "../changes/describe.js";
import { LinkButton } from "../components/link-button/index.js";
import { type HistoryEvent, replayHistory } from "./replay.js";

interface History {
  id: string;
  currentVersion: number;
  status: string;
  versions: Array<{ version: number; status: string; approvedAt?: string; approvedBy?: string }>;
  events: HistoryEvent[];
}

const dateTime = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang === "en" ? "en-GB" : `${lang}-FI`, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Helsinki",
  }).format(new Date(iso));

/** Versions and the audit trail of one assessment, newest first, read-only. */
export function HistoryView({
  api,
  id,
  names,
  current,
  onBack,
}: {
  api: ApiClient;
  id: string;
  /** criteria by name, when the strategy is at hand */
  names?: CriterionNames;
  /** the assessment as it is now: names items where the trail starts mid-way (an import) */
  current?: unknown;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const history = useQuery({
    queryKey: ["history", id],
    queryFn: async () =>
      (await api.request<History>("GET", `/v1/assessments/${encodeURIComponent(id)}/history`)).data,
  });
  const lang = i18n.language;
  usePageTitle(t("history.title"));
  const rows = history.data ? replayHistory(history.data.events).reverse() : [];
  return (
    <section className="history" aria-labelledby="history-title">
      <Heading variant="h1" id="history-title" ref={heading} tabIndex={-1}>
        {t("history.title")}
      </Heading>
      <Paragraph className="hint">{t("history.readOnly")}</Paragraph>
      <LinkButton className="back" onClick={onBack}>
        {t("history.back")}
      </LinkButton>
      {history.isPending && <Paragraph aria-busy="true">{t("history.loading")}</Paragraph>}
      {history.isError && (
        <InlineAlert status="error" role="alert">
          {t("history.failed")}
        </InlineAlert>
      )}
      {history.data && (
        <>
          <Heading variant="h2">{t("history.versions")}</Heading>
          <ul>
            {history.data.versions.map((v) => (
              <li key={`${v.version}-${v.status}`}>
                <strong>{t("history.version", { n: v.version })}</strong>:{" "}
                {v.approvedAt
                  ? t("history.approvedBy", { who: v.approvedBy ?? "", when: dateTime(v.approvedAt, lang) })
                  : t("history.current", { status: t(`list.status.${v.status}`) })}
              </li>
            ))}
          </ul>
          <Heading variant="h2">{t("history.events")}</Heading>
          <ol className="events" reversed>
            {rows.map(({ seq, event: e, changes, doc }) => (
              <li key={seq}>
                <p>
                  <strong>{t(`history.action.${e.action}`, { defaultValue: e.action })}</strong> ·{" "}
                  {t("history.version", { n: e.version })} ·{" "}
                  <time dateTime={e.at}>{dateTime(e.at, lang)}</time> · {e.actor}
                </p>
                {e.comment && (
                  <p>
                    {t("history.comment")}: {e.comment}
                  </p>
                )}
                {changes.length > 0 && (
                  <ChangeList
                    changes={changes}
                    doc={changes.some((c) => !c.fromKnown) && current ? current : doc}
                    names={names}
                  />
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
