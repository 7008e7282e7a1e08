import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { followUpFindings, type Strategy } from "eva-core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Button,
  Heading,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  TextInput,
} from "suomifi-ui-components";
import { type ApiClient, ApiError } from "../api/client.js";
import type { AssessmentView, Me } from "../api/types.js";
import { LinkButton } from "../components/link-button/index.js";
import { formatDate } from "../format/dates.js";
import { asLocale } from "../format/locale.js";
import { caseSystemOptions } from "../i18n/options.js";
import { usePageTitle } from "./page-title.js";
import { browserToday } from "./today.js";

const key = (s: Strategy) => `${s.id}@${s.version}`;

/** The version in force on `today` (the latest that has started and not ended), else the latest. */
export function inForce(versions: Strategy[], today: string): Strategy | undefined {
  const started = versions.filter((v) => v.validFrom <= today && (!v.validTo || v.validTo >= today));
  return (started.length > 0 ? started : versions).reduce<Strategy | undefined>(
    (best, v) => (!best || v.version > best.version ? v : best),
    undefined,
  );
}

/** The follow-up date of an approved assessment when it has passed without a record since. */
function overdueDate(a: AssessmentView, today: string): string | null {
  if (a.status !== "approved" || !a.assessment.conclusion) return null;
  const records = a.lastFollowUpAt ? [{ recordedAt: a.lastFollowUpAt }] : [];
  // a stored approved assessment passed the full schema; the draft type only marks fields optional
  const conclusion = a.assessment.conclusion as Parameters<typeof followUpFindings>[0]["conclusion"];
  const f = followUpFindings({ conclusion }, records, today)[0];
  return f ? String(f.params?.date ?? "") : null;
}

/** The organization's assessments (overdue follow-ups marked), and a form to start one for a case. */
export function AssessmentList({
  api,
  me,
  onOpen,
  today = browserToday(),
}: {
  api: ApiClient;
  me: Me;
  onOpen: (id: string) => void;
  today?: string;
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ["assessments"],
    queryFn: async () =>
      (await api.request<{ items: AssessmentView[] }>("GET", "/v1/assessments?limit=100")).data.items,
  });
  // every version of every strategy of the organisation (a case may be assessed against an
  // earlier one), newest first
  const strategies = useQuery({
    queryKey: ["strategy-versions"],
    queryFn: async () => {
      const current = (await api.request<{ items: Strategy[] }>("GET", "/v1/strategies")).data.items;
      const all = await Promise.all(
        current.flatMap((s) =>
          Array.from({ length: s.version }, (_, i) =>
            api
              .request<Strategy>("GET", `/v1/strategies/${encodeURIComponent(s.id)}/versions/${i + 1}`)
              .then((r) => r.data)
              .catch(() => null),
          ),
        ),
      );
      return all.filter((x): x is Strategy => x !== null).sort((a, b) => b.version - a.version);
    },
  });
  const [system, setSystem] = useState<string>("dynasty");
  const [caseId, setCaseId] = useState("");
  const [chosen, setChosen] = useState<string>("");
  const [errors, setErrors] = useState<string[]>([]);
  // the version in force today is chosen unless the user picks another
  useEffect(() => {
    if (chosen || !strategies.data) return;
    const byId = new Map<string, Strategy[]>();
    for (const s of strategies.data) byId.set(s.id, [...(byId.get(s.id) ?? []), s]);
    const first = [...byId.values()][0];
    const best = first ? inForce(first, today) : undefined;
    if (best) setChosen(key(best));
  }, [strategies.data, chosen, today]);
  const selected = strategies.data?.find((s) => key(s) === chosen);
  const fieldOf = (path: string) =>
    path.startsWith("/caseRef")
      ? t("create.caseId")
      : path.startsWith("/strategy")
        ? t("create.strategyVersion")
        : null;
  const create = useMutation({
    mutationFn: async () =>
      (
        await api.request<AssessmentView>("POST", "/v1/assessments", {
          body: {
            caseRef: { organization: me.organization, system, caseId },
            strategyId: selected?.id ?? "",
            ...(selected ? { strategyVersion: selected.version } : {}),
          },
        })
      ).data,
    onSuccess: (view) => {
      void client.invalidateQueries({ queryKey: ["assessments"] });
      onOpen(view.id);
    },
    onError: (e) =>
      setErrors(
        e instanceof ApiError
          ? (e.problem.errors ?? [])
              .map((x) => (fieldOf(x.path) ? `${fieldOf(x.path)}: ${x.message}` : x.message))
              .concat(e.problem.errors ? [] : [e.problem.title])
          : [String(e)],
      ),
  });
  const lang = asLocale(i18n.language);
  usePageTitle(t("list.title"));
  const validity = (s: Strategy) =>
    s.validTo
      ? t("case.validityRange", { from: formatDate(s.validFrom, lang), to: formatDate(s.validTo, lang) })
      : t("case.validity", { from: formatDate(s.validFrom, lang) });
  // a few choices (five case systems, a strategy's versions): radio buttons, all in view at once
  const versions = (strategies.data ?? []).map((s) => {
    const current = inForce(
      (strategies.data ?? []).filter((x) => x.id === s.id),
      today,
    );
    return (
      <RadioButton key={key(s)} value={key(s)}>
        {t("create.versionOption", {
          name: s.name[lang] ?? s.name.fi,
          version: s.version,
          validity: validity(s),
        })}
        {current && key(current) === key(s) ? ` – ${t("create.inForce")}` : ""}
      </RadioButton>
    );
  });
  return (
    <div className="case-list-page">
      <Heading variant="h1" className="case-list-title">
        {t("list.title")}
      </Heading>
      {me.roles.includes("preparer") && (
        // on a phone the form is below the list: the main action is still the first thing there
        <div className="new-case-jump">
          <Button
            onClick={() => {
              const title = document.getElementById("create-title");
              title?.scrollIntoView?.({ block: "start" });
              title?.focus();
            }}
          >
            {t("create.title")}
          </Button>
        </div>
      )}
      <div className="case-list">
        {list.data && list.data.length === 0 && <Paragraph>{t("list.empty")}</Paragraph>}
        <ul className="assessments">
          {list.data?.map((a) => {
            const overdue = overdueDate(a, today);
            return (
              <li key={a.id}>
                <LinkButton onClick={() => onOpen(a.id)}>
                  {a.assessment.basics?.title || a.assessment.basics?.caseRef?.caseId || a.id}
                </LinkButton>{" "}
                <span className="meta">
                  {a.assessment.basics?.caseRef?.system
                    ? `${t(`codes.caseSystem.${a.assessment.basics.caseRef.system}`)} `
                    : ""}
                  {a.assessment.basics?.caseRef?.caseId} · {t(`list.status.${a.status}`)} ·{" "}
                  {t("case.version", { n: a.version })}
                  {a.assessment.screening?.outcome === "none" ? ` · ${t("codes.outcome.none")}` : ""}
                  {a.approvedAt && a.approvedBy
                    ? ` · ${t("case.approved", { who: a.approvedBy, when: formatDate(a.approvedAt, lang) })}`
                    : ""}
                </span>
                {overdue && (
                  <strong className="overdue">
                    {" "}
                    {t("followUp.overdue", { date: formatDate(overdue, lang) })}
                  </strong>
                )}
              </li>
            );
          })}
        </ul>
      </div>
      {me.roles.includes("preparer") && (
        <form
          className="card create-case"
          aria-labelledby="create-title"
          onSubmit={(e) => {
            e.preventDefault();
            setErrors([]);
            create.mutate();
          }}
        >
          <Heading variant="h2" id="create-title" tabIndex={-1}>
            {t("create.title")}
          </Heading>
          <RadioButtonGroup
            id="create-system"
            name="create-system"
            labelText={t("create.system")}
            value={system}
            onChange={(v) => setSystem(v)}
          >
            {caseSystemOptions(t).map((o) => (
              <RadioButton key={o.value} value={o.value}>
                {o.label}
              </RadioButton>
            ))}
          </RadioButtonGroup>
          <TextInput
            id="create-case"
            labelText={t("create.caseId")}
            fullWidth
            autoComplete="off"
            value={caseId}
            onChange={(v) => setCaseId(String(v ?? ""))}
          />
          {versions.length > 0 && (
            <RadioButtonGroup
              id="create-strategy"
              name="create-strategy"
              labelText={t("create.strategyVersion")}
              groupHintText={t("create.strategyHint")}
              value={chosen}
              onChange={(v) => setChosen(v)}
            >
              {versions}
            </RadioButtonGroup>
          )}
          {errors.length > 0 && (
            <InlineAlert status="error" role="alert" labelText={t("create.failed")}>
              <ul>
                {errors.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
            </InlineAlert>
          )}
          <Button type="submit">{t("create.submit")}</Button>
        </form>
      )}
    </div>
  );
}
