import { useQuery } from "@tanstack/react-query";
import type { FollowUpRecord, ImpactFramework, PredictionComparison, Strategy } from "eva-core";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Heading, InlineAlert, Notification, Paragraph } from "suomifi-ui-components";
import type { ApiClient } from "../api/client.js";
import type { AssessmentView } from "../api/types.js";
import { usePageTitle } from "../app/page-title.js";
import { LinkButton } from "../components/link-button/index.js";
import { ScrollRegion } from "../components/scroll-region/index.js";
import { formatDate } from "../format/dates.js";
import { asLocale } from "../format/locale.js";
import { decimal } from "../report/format.js";
import { criterionName } from "./criterion-name.js";
import { FollowUpForm } from "./FollowUpForm.js";
import { signedRating } from "./rating-text.js";

interface FollowUps {
  records: FollowUpRecord[];
  comparison: PredictionComparison | null;
  findings: Array<{ code: string; title: string; action: string }>;
}

/** jälkiarviointi of an approved EVA: due date, predicted vs realised, and a form for a new record. */
export function FollowUpPage({
  api,
  view,
  strategy,
  framework,
  roles,
  today,
  who,
  onBack,
  onRecorded,
}: {
  api: ApiClient;
  view: AssessmentView;
  strategy: Strategy;
  framework: ImpactFramework;
  roles: string[];
  /** the browser's date (ISO), the default for the record's date */
  today: string;
  /** the signed-in user's name, recorded with the follow-up */
  who?: string;
  onBack: () => void;
  /** the assessment has a new ETag after a record */
  onRecorded: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as "fi" | "sv" | "en";
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const data = useQuery({
    queryKey: ["follow-ups", view.id, view.etag, lang],
    queryFn: async () =>
      (await api.request<FollowUps>("GET", `/v1/assessments/${encodeURIComponent(view.id)}/follow-ups`)).data,
  });
  const due = view.assessment.conclusion?.followUp?.date;
  usePageTitle(t("followUp.title", { title: view.assessment.basics?.title ?? view.id }));
  const c = data.data?.comparison;
  return (
    <section aria-labelledby="follow-up-title">
      <Heading variant="h1" id="follow-up-title" ref={heading} tabIndex={-1}>
        {t("followUp.title", { title: view.assessment.basics?.title ?? view.id })}
      </Heading>
      <LinkButton className="back" onClick={onBack}>
        {t("followUp.back")}
      </LinkButton>
      <Paragraph>
        {due ? t("followUp.due", { date: formatDate(due, asLocale(i18n.language)) }) : t("followUp.noDate")}
      </Paragraph>
      {data.data?.findings.map((f) => (
        <div key={f.code} role="status">
          <Notification showCloseButton={false} regionAriaLabel={f.title}>
            {f.title} {f.action}
          </Notification>
        </div>
      ))}
      {data.isError && (
        <InlineAlert status="error" role="alert">
          {t("followUp.failed")}
        </InlineAlert>
      )}
      <Heading variant="h2">{t("followUp.comparison")}</Heading>
      {!c ? (
        <Paragraph>{t("followUp.noRecords")}</Paragraph>
      ) : (
        <>
          <p>
            {c.meanAbsoluteError === null
              ? t("followUp.nothingCompared")
              : t("followUp.accuracy", {
                  error: decimal(c.meanAbsoluteError, lang, 1),
                  within: Math.round((c.withinOneStep ?? 0) * 100),
                  compared: c.compared,
                })}
          </p>
          <ScrollRegion label={t("followUp.comparison")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("report.criterion")}</th>
                  <th scope="col">{t("followUp.predicted")}</th>
                  <th scope="col">{t("followUp.realised")}</th>
                  <th scope="col">{t("followUp.difference")}</th>
                </tr>
              </thead>
              <tbody>
                {c.rows.map((r) => (
                  <tr key={r.criterionId}>
                    <th scope="row">{criterionName(r.criterionId, strategy, framework, lang)}</th>
                    <td>{signedRating(r.predicted, t)}</td>
                    <td>{signedRating(r.realised, t)}</td>
                    <td>{signedRating(r.difference, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
      {data.data && data.data.records.length > 0 && (
        <>
          <Heading variant="h2">{t("followUp.records")}</Heading>
          <ul>
            {data.data.records.map((r) => (
              <li key={`${r.recordedAt}-${r.recordedBy ?? ""}-${r.notes ?? ""}`}>
                {r.recordedAt}
                {r.recordedBy ? ` · ${r.recordedBy}` : ""} ·{" "}
                {t("followUp.realisedCount", { count: r.realised.length })}
                {r.notes ? ` · ${r.notes}` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
      {roles.includes("preparer") && view.status === "approved" && (
        <FollowUpForm
          api={api}
          id={view.id}
          etag={view.etag}
          assessment={view.assessment}
          strategy={strategy}
          framework={framework}
          today={today}
          {...(who ? { who } : {})}
          onRecorded={onRecorded}
        />
      )}
    </section>
  );
}
