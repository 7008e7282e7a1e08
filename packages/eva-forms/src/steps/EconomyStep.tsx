import { npv } from "eva-core";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Button, IconPlus, IconRemove } from "suomifi-ui-components";
import { ConvertedField, TextField } from "../components/field/index.js";
import { ScrollRegion } from "../components/scroll-region/index.js";
import { formatEuros } from "../format/euros.js";
import { asLocale } from "../format/locale.js";

export const fields = ["economy"] as const;

type Row = { year: number; operatingCost?: number; investment?: number; income?: number };
type Flow = { alternativeId: string; rows?: Row[]; fundingSource?: string };
const DEFAULT_RATE = 0.03; // EconomySchema's default, which the engine uses when none is given
const money = ["operatingCost", "investment", "income"] as const;
const moneyLabel = {
  operatingCost: "economy.operating",
  investment: "economy.investment",
  income: "economy.income",
};

function FlowTable({ index, name }: { index: number; name: string }) {
  const { t, i18n } = useTranslation();
  const locale = asLocale(i18n.language);
  const { control } = useFormContext();
  const {
    fields: rows,
    append,
    remove,
  } = useFieldArray({ control, name: `economy.flows.${index}.rows`, keyName: "key" });
  const values = (useWatch({ name: `economy.flows.${index}.rows` }) ?? []) as Row[];
  const rate = useWatch({ name: "economy.discountRate" }) as number | undefined;
  const sorted = [...values].filter((r) => Number.isInteger(r?.year)).sort((a, b) => a.year - b.year);
  const first = sorted[0]?.year ?? 0;
  const flows: number[] = [];
  for (const r of sorted)
    flows[r.year - first] = (r.income ?? 0) - (r.operatingCost ?? 0) - (r.investment ?? 0);
  const value = npv(
    Array.from(flows, (x) => x ?? 0),
    rate ?? DEFAULT_RATE,
  );
  return (
    <>
      <ScrollRegion label={t("economy.flowsOf", { name })}>
        <table className="flows">
          <caption className="visually-hidden">{t("economy.flowsOf", { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("economy.year")}</th>
              {money.map((k) => (
                <th key={k} scope="col">
                  {t(moneyLabel[k])}
                </th>
              ))}
              <td />
            </tr>
          </thead>
          <tbody>
            {rows.map((r, j) => {
              const year = values[j]?.year;
              return (
                <tr key={r.key}>
                  <td>
                    <ConvertedField
                      name={`economy.flows.${index}.rows.${j}.year`}
                      kind="year"
                      label={`${name}: ${t("economy.year")} ${j + 1}`}
                      hideLabel
                      required
                      min={1990}
                      max={2150}
                    />
                  </td>
                  {money.map((k) => (
                    <td key={k}>
                      <ConvertedField
                        name={`economy.flows.${index}.rows.${j}.${k}`}
                        kind="euros"
                        label={`${name}: ${t(moneyLabel[k])}, ${year ?? ""}`}
                        hideLabel
                        min={-1e12}
                        max={1e12}
                      />
                    </td>
                  ))}
                  <td>
                    {/* an icon button: a worded one wrapped letter by letter in the narrow column */}
                    <Button
                      variant="secondaryNoBorder"
                      className="icon-button"
                      icon={<IconRemove />}
                      aria-label={t("economy.removeYear", { year: year ?? j + 1 })}
                      onClick={() => remove(j)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <Button
        variant="secondary"
        icon={<IconPlus />}
        onClick={() =>
          append({
            year: (sorted[sorted.length - 1]?.year ?? new Date().getFullYear() - 1) + 1,
            operatingCost: 0,
            investment: 0,
            income: 0,
          })
        }
      >
        {t("economy.addYear")}
      </Button>
      <p>
        {t("economy.npv")}: <output>{formatEuros(Math.round(value), locale)}</output>
      </p>
    </>
  );
}

/**
 * Talous: the discount rate in per cent (stored as a fraction) and each alternative's cash flows
 * by year in euros, typed and shown in the user's language. An alternative gets its table in the
 * draft when its first year is added.
 */
export function EconomyStep() {
  const { t } = useTranslation();
  const { getValues, setValue } = useFormContext();
  const alternatives = (useWatch({ name: "alternatives" }) ?? []) as Array<{ id: string; name?: string }>;
  const flows = (useWatch({ name: "economy.flows" }) ?? []) as Flow[];
  const addFlow = (alternativeId: string) => {
    const current = (getValues("economy.flows") ?? []) as Flow[];
    const year = new Date().getFullYear();
    setValue(
      "economy.flows",
      [...current, { alternativeId, rows: [{ year, operatingCost: 0, investment: 0, income: 0 }] }],
      { shouldDirty: true },
    );
  };
  return (
    <>
      <ConvertedField
        name="economy.discountRate"
        kind="percent"
        label={t("economy.rate")}
        hint={t("economy.rateHint")}
        min={0}
        max={0.2}
        shown={DEFAULT_RATE}
        suffix="%"
      />
      <p className="hint">{t("economy.moneyHint")}</p>
      {alternatives.map((a, i) => {
        const name = a.name?.trim() || t("alternatives.unnamed", { n: i + 1 });
        const index = flows.findIndex((f) => f?.alternativeId === a.id);
        return (
          <fieldset key={a.id} className="card">
            <legend>{name}</legend>
            {index < 0 ? (
              <>
                <p>{t("economy.noYears")}</p>
                <Button variant="secondary" icon={<IconPlus />} onClick={() => addFlow(a.id)}>
                  {t("economy.addYear")}
                </Button>
              </>
            ) : (
              <>
                <FlowTable index={index} name={name} />
                <TextField
                  name={`economy.flows.${index}.fundingSource`}
                  label={t("economy.funding")}
                  maxLength={500}
                />
              </>
            )}
          </fieldset>
        );
      })}
    </>
  );
}
