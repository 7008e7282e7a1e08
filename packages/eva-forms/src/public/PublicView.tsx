import { useQuery } from "@tanstack/react-query";
import type { Summary } from "eva-core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Heading, InlineAlert, Paragraph } from "suomifi-ui-components";
import type { ApiClient } from "../api/client.js";
import { usePageTitle } from "../app/page-title.js";
import { BoardSummary } from "../components/board-summary/index.js";
import { LinkButton } from "../components/link-button/index.js";
import { formatDate } from "../format/dates.js";
import { asLocale } from "../format/locale.js";

interface PublicItem {
  id: string;
  organization: string;
  /** the organization's name in fi (sv, en when given) */
  organizationName?: { fi: string; sv?: string; en?: string };
  title: string;
  caseId: string;
  decisionBody: string;
  approvedAt: string;
  summary: string;
}

/**
 * The resident view (no sign-in): approved EVAs marked public and their summaries, exactly as the
 * API's public endpoints give them (no names, no non-public risks).
 */
export function PublicView({ api }: { api: ApiClient }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as "fi" | "sv" | "en";
  const [open, setOpen] = useState<PublicItem | null>(null);
  const opener = useRef<string | null>(null);
  const list = useQuery({
    queryKey: ["public"],
    queryFn: async () =>
      (await api.request<{ items: PublicItem[] }>("GET", "/public/assessments")).data.items,
  });
  const summary = useQuery({
    queryKey: ["public-summary", open?.id, lang],
    enabled: !!open,
    queryFn: async () =>
      (await api.request<Summary>("GET", `${open?.summary ?? ""}?format=json&lang=${lang}`)).data,
  });
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) back.current?.focus();
    else if (opener.current) document.getElementById(opener.current)?.focus();
  }, [open]);
  const date = (iso: string) => formatDate(iso, asLocale(lang));
  usePageTitle(open?.title, t("public.title"));
  if (open)
    return (
      <section aria-label={open.title}>
        <LinkButton ref={back} className="back" onClick={() => setOpen(null)}>
          {t("public.back")}
        </LinkButton>
        {summary.isPending && <Paragraph aria-busy="true">{t("public.loading")}</Paragraph>}
        {summary.isError && (
          <InlineAlert status="error" role="alert">
            {t("public.failed")}
          </InlineAlert>
        )}
        {summary.data && (
          <BoardSummary
            summary={summary.data}
            level={1}
            print={{ label: t("summary.print"), onPrint: () => window.print() }}
          />
        )}
      </section>
    );
  return (
    <section aria-labelledby="public-title">
      <Heading variant="h1" id="public-title">
        {t("public.title")}
      </Heading>
      <Paragraph className="lead">{t("public.intro")}</Paragraph>
      {list.isPending && <Paragraph aria-busy="true">{t("public.loading")}</Paragraph>}
      {list.isError && (
        <InlineAlert status="error" role="alert">
          {t("public.failed")}
        </InlineAlert>
      )}
      {list.data?.length === 0 && <Paragraph>{t("public.empty")}</Paragraph>}
      <ul className="assessments">
        {list.data?.map((a) => (
          <li key={a.id}>
            <LinkButton
              id={`public-${a.id}`}
              onClick={() => {
                opener.current = `public-${a.id}`;
                setOpen(a);
              }}
            >
              {a.title || a.caseId}
            </LinkButton>{" "}
            <span className="meta">
              {t("public.meta", {
                caseId: a.caseId,
                body: a.decisionBody,
                organization: a.organizationName?.[lang] ?? a.organizationName?.fi ?? "",
                date: a.approvedAt ? date(a.approvedAt) : "–",
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
