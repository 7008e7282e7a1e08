import { useQuery } from "@tanstack/react-query";
import type { Strategy, StrategyReport } from "eva-core";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Button,
  Checkbox,
  Dropdown,
  DropdownItem,
  Heading,
  InlineAlert,
  Link,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  TextInput,
} from "suomifi-ui-components";
import { type ApiClient, ApiError } from "../api/client.js";
import type { PortfolioAnswer } from "../api/portfolio.js";
import { usePageTitle } from "../app/page-title.js";
import { browserToday } from "../app/today.js";
import { DateTextInput } from "../components/date-text-input/index.js";
import { LinkButton } from "../components/link-button/index.js";
import { formatDate } from "../format/dates.js";
import { asLocale } from "../format/locale.js";
import { PortfolioResult } from "../portfolio/index.js";
import { formatNumber, parseNumber } from "../portfolio/number-text.js";
import { type PeriodChoice, periodOf } from "./period.js";
import { ReportChart } from "./ReportChart.js";
import { ReportTable } from "./ReportTable.js";

/**
 * The strategy report: how a period's approved decisions affected each goal and value, as a
 * chart and the same numbers in a table, with CSV and JSON downloads. `today` is the browser's
 * date (a prop so the tests fix it).
 */
export function StrategyReportPage({
  api,
  today = browserToday(),
  onBack,
}: {
  api: ApiClient;
  today?: string;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as "fi" | "sv" | "en";
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const strategies = useQuery({
    queryKey: ["strategies"],
    queryFn: async () => (await api.request<{ items: Strategy[] }>("GET", "/v1/strategies")).data.items,
  });
  const [strategyId, setStrategyId] = useState("");
  const [choice, setChoice] = useState<PeriodChoice>("year");
  const [custom, setCustom] = useState({ from: "", to: "" });
  // the budget portfolio (salkku) of the strategy's proposals on the table, when included
  const [withPortfolio, setWithPortfolio] = useState(false);
  const [portfolioYear, setPortfolioYear] = useState(today.slice(0, 4));
  const [portfolioBudget, setPortfolioBudget] = useState("");
  const [budgetError, setBudgetError] = useState(false);
  const [params, setParams] = useState<{
    strategyId: string;
    from: string;
    to: string;
    portfolio: string;
  } | null>(null);
  const chosen = strategyId || strategies.data?.[0]?.id || "";
  const query = params
    ? `/v1/reports/strategy?strategyId=${encodeURIComponent(params.strategyId)}&from=${params.from}&to=${params.to}${params.portfolio}`
    : "";
  const report = useQuery({
    queryKey: ["report", query, lang],
    enabled: !!params,
    retry: false,
    queryFn: async () =>
      (await api.request<StrategyReport & { portfolio?: PortfolioAnswer | null }>("GET", query)).data,
  });
  const csv = useQuery({
    queryKey: ["report-csv", query, lang],
    enabled: report.isSuccess,
    queryFn: async () => (await api.request<string>("GET", `${query}&format=csv`, { text: true })).data,
  });
  const error =
    report.error instanceof ApiError
      ? [report.error.problem.title, ...(report.error.problem.errors ?? []).map((e) => e.message)].join(" ")
      : report.error
        ? t("report.failed")
        : null;
  usePageTitle(t("report.title"));
  const file = params ? `eva-strategy-report-${params.from}-${params.to}` : "";
  return (
    <section aria-labelledby={`${id}-title`}>
      <Heading variant="h1" id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t("report.title")}
      </Heading>
      <LinkButton className="back" onClick={onBack}>
        {t("report.back")}
      </LinkButton>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          const p = periodOf(choice, today, custom);
          const budget = withPortfolio ? parseNumber(portfolioBudget, lang) : null;
          setBudgetError(withPortfolio && budget === null);
          if (withPortfolio && budget === null) {
            document.getElementById(`${id}-budget`)?.focus();
            return;
          }
          const portfolio =
            budget === null ? "" : `&portfolioBudget=${budget}&portfolioYear=${portfolioYear}`;
          if (chosen && p.from && p.to) setParams({ strategyId: chosen, ...p, portfolio });
        }}
      >
        {/* a Suomi.fi Dropdown: the number of strategies is the municipality's, not ours (the
            Dropdown needs its items from the first render: it waits for the list) */}
        {!strategies.data?.length ? (
          <Paragraph aria-busy="true">{t("report.strategiesLoading")}</Paragraph>
        ) : (
          <Dropdown
            id={`${id}-strategy`}
            className="field select-field"
            labelText={t("report.strategy")}
            visualPlaceholder="–"
            fullWidth
            value={chosen || null}
            onChange={setStrategyId}
          >
            {(strategies.data ?? []).map((s) => (
              <DropdownItem key={s.id} value={s.id}>
                {s.name[lang] ?? s.name.fi}
              </DropdownItem>
            ))}
          </Dropdown>
        )}
        <RadioButtonGroup
          labelText={t("report.periodLegend")}
          name={`${id}-period`}
          value={choice}
          onChange={(v) => setChoice(v as PeriodChoice)}
        >
          {(["year", "fourMonths", "custom"] as const).map((c) => (
            <RadioButton key={c} value={c}>
              {t(`report.period.${c}`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        {choice === "custom" && (
          <div className="report-dates">
            <DateTextInput
              id={`${id}-from`}
              label={t("report.from")}
              value={custom.from}
              onChange={(from) => setCustom((c) => ({ ...c, from }))}
            />
            <DateTextInput
              id={`${id}-to`}
              label={t("report.to")}
              value={custom.to}
              onChange={(to) => setCustom((c) => ({ ...c, to }))}
            />
          </div>
        )}
        <fieldset className="report-portfolio">
          <legend>{t("report.portfolioLegend")}</legend>
          <Checkbox checked={withPortfolio} onClick={({ checkboxState }) => setWithPortfolio(checkboxState)}>
            {t("report.portfolioInclude")}
          </Checkbox>
          {withPortfolio && (
            <>
              <TextInput
                id={`${id}-year`}
                labelText={t("report.portfolioYear")}
                type="number"
                min={1990}
                max={2150}
                value={portfolioYear}
                onChange={(v) => setPortfolioYear(String(v ?? ""))}
              />
              <TextInput
                id={`${id}-budget`}
                labelText={t("report.portfolioBudget")}
                inputMode="decimal"
                autoComplete="off"
                value={portfolioBudget}
                onChange={(v) => setPortfolioBudget(String(v ?? ""))}
                status={budgetError ? "error" : "default"}
                statusText={
                  budgetError
                    ? t("portfolio.budgetInvalid", { example: formatNumber(5_000_000, lang) })
                    : undefined
                }
              />
            </>
          )}
        </fieldset>
        <Button type="submit">{t("report.show")}</Button>
      </form>
      {report.isFetching && <Paragraph aria-busy="true">{t("report.loading")}</Paragraph>}
      {error && (
        <InlineAlert status="error" role="alert">
          {error}
        </InlineAlert>
      )}
      {report.data && (
        <section aria-labelledby={`${id}-result`}>
          <Heading variant="h2" id={`${id}-result`}>
            {t("report.resultTitle", {
              strategy: report.data.strategy.name[lang] ?? report.data.strategy.name.fi,
              from: formatDate(report.data.from, asLocale(lang)),
              to: formatDate(report.data.to, asLocale(lang)),
            })}
          </Heading>
          <Paragraph>{t("report.decisionCount", { count: report.data.decisions })}</Paragraph>
          <p className="downloads">
            <Link
              href={`data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(report.data, null, 2))}`}
              download={`${file}.json`}
              underline="initial"
            >
              {t("report.downloadJson")}
            </Link>{" "}
            {csv.data !== undefined && (
              <Link
                href={`data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${csv.data}`)}`}
                download={`${file}.csv`}
                underline="initial"
              >
                {t("report.downloadCsv")}
              </Link>
            )}
          </p>
          <ReportChart report={report.data} lang={lang} />
          <ReportTable report={report.data} lang={lang} />
          {report.data.portfolio !== undefined && (
            <section aria-labelledby={`${id}-portfolio`}>
              <Heading variant="h2" id={`${id}-portfolio`}>
                {report.data.portfolio?.year
                  ? t("report.portfolioTitle", { year: report.data.portfolio.year })
                  : t("report.portfolioLegend")}
              </Heading>
              {report.data.portfolio ? (
                <PortfolioResult answer={report.data.portfolio} fileName="" />
              ) : (
                <Paragraph>{t("report.portfolioNone")}</Paragraph>
              )}
            </section>
          )}
        </section>
      )}
    </section>
  );
}
