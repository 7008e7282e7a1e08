import { npv } from "eva-core";
import { useEffect } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ScrollRegion } from "../components/scroll-region/index.js";

export const fields = ["economy"] as const;

type Row = { year: number; operatingCost?: number; investment?: number; income?: number };

function FlowTable({ index, name, readOnly }: { index: number; name: string; readOnly?: boolean }) {
  const { t, i18n } = useTranslation();
  const { register, control } = useFormContext();
  const { fields: rows, append } = useFieldArray({
    control,
    name: `economy.flows.${index}.rows`,
    keyName: "key",
  });
  const values = (useWatch({ name: `economy.flows.${index}.rows` }) ?? []) as Row[];
  const rate = Number(useWatch({ name: "economy.discountRate" }) ?? 0.03);
  const sorted = [...values].sort((a, b) => a.year - b.year);
  const first = sorted[0]?.year ?? 0;
  const flows: number[] = [];
  for (const r of sorted)
    flows[r.year - first] = (r.income ?? 0) - (r.operatingCost ?? 0) - (r.investment ?? 0);
  const euros = new Intl.NumberFormat(i18n.language === "en" ? "en-GB" : `${i18n.language}-FI`, {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  });
  const value =
    Number.isFinite(rate) && rate > -1
      ? npv(
          Array.from(flows, (x) => x ?? 0),
          rate,
        )
      : 0;
  const num = { valueAs: { setValueAs: (v: string) => (v === "" ? 0 : Number(v)) } };
  return (
    <fieldset disabled={readOnly}>
      <legend>{name}</legend>
      <ScrollRegion label={name}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("economy.year")}</th>
              <th scope="col">{t("economy.operating")}</th>
              <th scope="col">{t("economy.investment")}</th>
              <th scope="col">{t("economy.income")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, j) => (
              <tr key={r.key}>
                <td>
                  <input
                    aria-label={`${name}: ${t("economy.year")} ${j + 1}`}
                    type="number"
                    {...register(`economy.flows.${index}.rows.${j}.year`, num.valueAs)}
                  />
                </td>
                {(["operatingCost", "investment", "income"] as const).map((k) => (
                  <td key={k}>
                    <input
                      aria-label={`${name}: ${t(k === "operatingCost" ? "economy.operating" : k === "investment" ? "economy.investment" : "economy.income")}, ${values[j]?.year ?? ""}`}
                      type="number"
                      inputMode="numeric"
                      {...register(`economy.flows.${index}.rows.${j}.${k}`, num.valueAs)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <button
        type="button"
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
      </button>
      <p aria-live="polite">
        {t("economy.npv")}: <output>{euros.format(Math.round(value))}</output>
      </p>
      <label htmlFor={`economy.flows.${index}.fundingSource`}>{t("economy.funding")}</label>
      <input
        id={`economy.flows.${index}.fundingSource`}
        {...register(`economy.flows.${index}.fundingSource`)}
      />
    </fieldset>
  );
}

export function EconomyStep({ readOnly }: { readOnly?: boolean }) {
  const { t } = useTranslation();
  const { register, getValues, setValue } = useFormContext();
  const alternatives = (useWatch({ name: "alternatives" }) ?? []) as Array<{ id: string; name?: string }>;
  const flows = (useWatch({ name: "economy.flows" }) ?? []) as Array<{ alternativeId: string }>;
  useEffect(() => {
    const current = (getValues("economy.flows") ?? []) as Array<{ alternativeId: string }>;
    const missing = alternatives.filter((a) => !current.some((f) => f.alternativeId === a.id));
    if (missing.length > 0 && !readOnly) {
      setValue("economy.flows", [...current, ...missing.map((a) => ({ alternativeId: a.id, rows: [] }))], {
        shouldDirty: true,
      });
    }
  }, [alternatives, getValues, setValue, readOnly]);
  return (
    <>
      <label htmlFor="economy.discountRate">{t("economy.rate")}</label>
      <input
        id="economy.discountRate"
        type="number"
        step="0.1"
        disabled={readOnly}
        {...register("economy.discountRate", {
          setValueAs: (v: string) => (v === "" ? 0.03 : Number(v) / 100),
        })}
        defaultValue={Math.round(Number(getValues("economy.discountRate") ?? 0.03) * 1000) / 10}
      />
      {flows.map((f, i) => (
        <FlowTable
          key={f.alternativeId}
          index={i}
          name={alternatives.find((a) => a.id === f.alternativeId)?.name || f.alternativeId}
          readOnly={readOnly}
        />
      ))}
    </>
  );
}
