import { useQuery } from "@tanstack/react-query";
import { type CriterionGroup, criterionGroups, summaryMessages } from "eva-core";
import { useEffect, useMemo, useState } from "react";
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
import {
  computePortfolio,
  listProposals,
  type PortfolioAnswer,
  type PortfolioRequest,
  portfolioCsv,
} from "../api/portfolio.js";
import { usePageTitle } from "../app/page-title.js";
import { browserToday } from "../app/today.js";
import { LinkButton } from "../components/link-button/index.js";
import { formatNumber, parseNumber } from "./number-text.js";
import { PortfolioResult } from "./PortfolioResult.js";
import { type ProposalChoice, ProposalPicker } from "./ProposalPicker.js";
import { WeightsInput, type WeightsState } from "./WeightsInput.js";
import "./portfolio.css";

const NPV = "npv";

/** The request the form's fields make, or the field errors (field id → message key). */
function toRequest(
  chosen: ReadonlySet<string>,
  year: string,
  budget: string,
  weights: WeightsState,
  lang: string,
): { request: PortfolioRequest } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (chosen.size === 0) errors["portfolio-proposals"] = "portfolio.chooseOne";
  const euros = parseNumber(budget, lang);
  if (euros === null) errors["portfolio-budget"] = "portfolio.budgetInvalid";
  const share = (text: string, id: string) => {
    const n = parseNumber(text, lang);
    if (n === null || n > 100) errors[id] = "portfolio.percentInvalid";
    return (n ?? 0) / 100;
  };
  let w: PortfolioRequest["weights"];
  if (weights.mode === "spread") w = { spread: share(weights.spread, "portfolio-spread") };
  else if (weights.mode === "bounds") {
    const lower = criterionGroups.map((g, i) =>
      share(weights.bounds[i]?.lower ?? "", `portfolio-lower-${g}`),
    );
    const upper = criterionGroups.map((g, i) =>
      share(weights.bounds[i]?.upper ?? "", `portfolio-upper-${g}`),
    );
    w = { lower, upper };
  } else {
    const rank = weights.order.map((g) => criterionGroups.indexOf(g));
    w = { order: rank.slice(1).map((j, k) => [rank[k] as number, j] as [number, number]) };
  }
  if (Object.keys(errors).length > 0) return { errors };
  return {
    request: {
      assessmentIds: [...chosen],
      budget: euros ?? 0,
      ...(year !== NPV ? { year: Number(year) } : {}),
      weights: w,
    },
  };
}

/** The budget years the proposals' cash flows name, earliest first. */
function yearsOf(views: Awaited<ReturnType<typeof listProposals>>): number[] {
  const years = new Set<number>();
  for (const v of views)
    for (const f of v.assessment.economy?.flows ?? []) for (const r of f.rows) years.add(r.year);
  return [...years].sort((a, b) => a - b);
}

/**
 * Salkku: which of the proposals on the table to fund within a year's budget, with only the
 * weight information the board agrees on (Robust Portfolio Modeling, computed by the API).
 * `today` is the browser's date (a prop so that the tests fix it): it picks the default year.
 */
export function PortfolioPage({
  api,
  today = browserToday(),
  onBack,
}: {
  api: ApiClient;
  today?: string;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation();
  usePageTitle(t("portfolio.title"));
  const lang = i18n.language;
  // the page's heading takes the focus when the page opens (as the other pages do)
  useEffect(() => document.getElementById("portfolio-title")?.focus(), []);
  const names = useMemo(
    () =>
      Object.fromEntries(
        criterionGroups.map((g) => [g, summaryMessages[lang as "fi" | "sv" | "en"]?.[`group.${g}`] ?? g]),
      ) as Record<CriterionGroup, string>,
    [lang],
  );
  const views = useQuery({ queryKey: ["portfolio-proposals"], queryFn: () => listProposals(api) });
  const proposals: ProposalChoice[] = (views.data ?? []).map((v) => ({
    id: v.id,
    title: v.assessment.basics?.title || v.id,
    caseId: v.assessment.basics?.caseRef?.caseId ?? "",
    status: v.status === "approved" ? "approved" : "submitted",
  }));
  const years = yearsOf(views.data ?? []);
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const picked = chosen ?? new Set(proposals.map((p) => p.id));
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState<string | null>(null);
  const pickedYear = year ?? String(years.find((y) => y >= thisYear) ?? years[0] ?? NPV);
  const [budget, setBudget] = useState("");
  const [weights, setWeights] = useState<WeightsState>({
    mode: "spread",
    spread: formatNumber(50, lang),
    bounds: criterionGroups.map(() => ({ lower: formatNumber(0, lang), upper: formatNumber(100, lang) })),
    order: [...criterionGroups],
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [request, setRequest] = useState<PortfolioRequest | null>(null);
  const answer = useQuery({
    queryKey: ["portfolio", request, lang],
    enabled: request !== null,
    retry: false,
    queryFn: () => computePortfolio(api, request as PortfolioRequest),
  });
  const csv = useQuery({
    queryKey: ["portfolio-csv", request, lang],
    enabled: answer.isSuccess,
    retry: false,
    queryFn: () => portfolioCsv(api, request as PortfolioRequest),
  });
  const last = answer.data;
  // switching to bounds or an order starts from the last answer: its bounds, its weights' order
  const changeWeights = (next: WeightsState) => {
    if (last && next.mode !== weights.mode && next.mode === "bounds") {
      next.bounds = last.criteria.map((c) => ({
        lower: formatNumber(c.lower * 100, lang, 1),
        upper: formatNumber(c.upper * 100, lang, 1),
      }));
    }
    if (last && next.mode !== weights.mode && next.mode === "order") {
      next.order = [...last.criteria].sort((a, b) => b.weight - a.weight).map((c) => c.id);
    }
    setWeights(next);
  };
  const fieldError = (id: string) =>
    errors[id] ? t(errors[id], { example: formatNumber(5_000_000, lang) }) : undefined;
  const problem =
    answer.error instanceof ApiError
      ? [answer.error.problem.title, ...(answer.error.problem.errors ?? []).map((e) => e.message)].join(" ")
      : answer.error
        ? t("portfolio.failed")
        : null;
  const counts = last
    ? { core: last.core.length, borderline: last.borderline.length, exterior: last.exterior.length }
    : null;
  return (
    <section aria-labelledby="portfolio-title" className="portfolio-page">
      <Heading variant="h1" id="portfolio-title" tabIndex={-1}>
        {t("portfolio.title")}
      </Heading>
      <LinkButton className="back" onClick={onBack}>
        {t("portfolio.back")}
      </LinkButton>
      <Paragraph>{t("portfolio.intro")}</Paragraph>
      {views.isPending && <p aria-busy="true">…</p>}
      {views.data && (
        <form
          className="card portfolio-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const made = toRequest(picked, pickedYear, budget, { ...weights }, lang);
            if ("errors" in made) {
              setErrors(made.errors);
              const first = Object.keys(made.errors)[0];
              const field = first ? document.getElementById(first) : null;
              (field?.matches("input") ? field : field?.querySelector("input"))?.focus();
              return;
            }
            setErrors({});
            setRequest(made.request);
          }}
        >
          <ProposalPicker
            proposals={proposals}
            chosen={picked}
            error={fieldError("portfolio-proposals")}
            onChange={setChosen}
          />
          <RadioButtonGroup
            labelText={t("portfolio.year")}
            groupHintText={t("portfolio.yearHint")}
            name="portfolio-year"
            value={pickedYear}
            onChange={setYear}
          >
            {[
              ...years.map((y) => (
                <RadioButton key={y} value={String(y)}>
                  {String(y)}
                </RadioButton>
              )),
              <RadioButton key={NPV} value={NPV}>
                {t("portfolio.npv")}
              </RadioButton>,
            ]}
          </RadioButtonGroup>
          <TextInput
            id="portfolio-budget"
            labelText={t("portfolio.budget")}
            hintText={t("portfolio.budgetHint", { example: formatNumber(5_000_000, lang) })}
            inputMode="decimal"
            autoComplete="off"
            fullWidth
            value={budget}
            onChange={(v) => setBudget(String(v ?? ""))}
            status={errors["portfolio-budget"] ? "error" : "default"}
            statusText={fieldError("portfolio-budget")}
          />
          <WeightsInput
            value={weights}
            groups={criterionGroups}
            names={names}
            errors={Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, t(v)]))}
            onChange={changeWeights}
          />
          <Button type="submit">{t("portfolio.compute")}</Button>
        </form>
      )}
      <p role="status" className="portfolio-status">
        {answer.isFetching
          ? t("portfolio.computing")
          : counts && !answer.isError
            ? t("portfolio.announce", counts)
            : ""}
      </p>
      {problem && <InlineAlert status="error">{problem}</InlineAlert>}
      {last && !answer.isFetching && (
        <section aria-labelledby="portfolio-result" className="portfolio-result">
          <Heading variant="h2" id="portfolio-result">
            {last.year === null
              ? t("portfolio.resultTitleNpv")
              : t("portfolio.resultTitle", { year: last.year })}
          </Heading>
          <PortfolioResult
            answer={last as PortfolioAnswer}
            csv={csv.data}
            fileName={`eva-salkku-${last.year ?? NPV}.csv`}
          />
        </section>
      )}
    </section>
  );
}
