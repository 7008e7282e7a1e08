import type { Locale } from "eva-core";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useController } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { TextInput } from "suomifi-ui-components";
import { dateTextToIso, isoToDateText } from "../../format/dates.js";
import { eurosToText, textToEuros } from "../../format/euros.js";
import { asLocale } from "../../format/locale.js";
import { formatNumberText, parseNumberText } from "../../format/number-text.js";
import { fractionToPercentText, percentTextToFraction } from "../../format/percent.js";
import { useIssueStore } from "../../validation/issue-store.js";
import { useStatus } from "./Field.js";

/** How a kind of value is shown and read in the user's language (src/format: one place per kind). */
interface Conversion<T> {
  toText: (value: T, locale: Locale) => string;
  fromText: (text: string, locale: Locale) => T | null;
  /** the catalogue key of the message when the text is not such a value */
  invalid: string;
  inputMode: "decimal" | "numeric" | "text";
}

const conversions = {
  euros: {
    toText: eurosToText,
    fromText: textToEuros,
    invalid: "input.euros",
    inputMode: "decimal",
  } satisfies Conversion<number>,
  percent: {
    toText: fractionToPercentText,
    fromText: percentTextToFraction,
    invalid: "input.percent",
    inputMode: "decimal",
  } satisfies Conversion<number>,
  year: {
    toText: (n: number) => String(n),
    fromText: (text: string, locale: Locale) => {
      const n = parseNumberText(text, locale);
      return n !== null && Number.isInteger(n) ? n : null;
    },
    invalid: "input.year",
    inputMode: "numeric",
  } satisfies Conversion<number>,
  date: {
    toText: (iso: string) => isoToDateText(iso),
    fromText: (text: string) => dateTextToIso(text),
    invalid: "input.date",
    inputMode: "text",
  } satisfies Conversion<string>,
};

export type ConvertedKind = keyof typeof conversions;

/**
 * A field whose stored value is not its text: euros ("420 000,50" ↔ 420000.5), a rate
 * ("3,5" % ↔ 0.035), a year, a date ("15.6.2026" ↔ "2026-06-15"). It shows the stored value in the
 * user's language and stores what is typed only once it reads as such a value within [min, max];
 * otherwise the text stays, the field says what to write, and nothing half-typed is stored. An
 * emptied field stores nothing. Reformatted when it loses focus, and when the language changes.
 */
export function ConvertedField({
  name,
  kind,
  label,
  hint,
  min,
  max,
  shown,
  fieldId = name,
  suffix,
  hideLabel,
  required,
}: {
  name: string;
  kind: ConvertedKind;
  label: ReactNode;
  hint?: string;
  min?: number;
  max?: number;
  /** what to show when nothing is stored (the default the engine uses, e.g. a 3 % rate) */
  shown?: number | string;
  fieldId?: string;
  suffix?: string;
  /** the label for assistive technology only (a table's column and row already say it) */
  hideLabel?: boolean;
  /** an emptied field says what to write (the schema has no default for it, e.g. a row's year) */
  required?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = asLocale(i18n.language);
  const store = useIssueStore();
  const { props: status } = useStatus(fieldId);
  const { field } = useController({ name });
  const conversion = conversions[kind] as Conversion<number | string>;
  const value = field.value as number | string | undefined;
  const format = (v: number | string | undefined) =>
    v === undefined || v === null || v === "" ? "" : conversion.toText(v, locale);
  const [text, setText] = useState(() => format(value ?? shown));
  // the value this field last stored or showed: a different one came from elsewhere (a reload,
  // a conflict resolved, a row removed) and replaces what is in the box
  const last = useRef(value);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new stored value resets the text
  useEffect(() => {
    if (value === last.current) return;
    last.current = value;
    setText(format(value ?? shown));
    store.remove("input", fieldId);
  }, [value]);
  // the language changed: the same value written the new language's way (a text that is not a
  // value yet stays as typed, with its message)
  const shownIn = useRef(locale);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the language triggers it
  useEffect(() => {
    if (shownIn.current === locale) return;
    shownIn.current = locale;
    if (!store.has("input", fieldId)) setText(format(value ?? shown));
  }, [locale]);

  const rangeMessage = () => {
    const show = (n: number) =>
      kind === "percent" ? formatNumberText(n * 100, locale) : formatNumberText(n, locale);
    return t("input.range", {
      min: min === undefined ? "" : show(min),
      max: max === undefined ? "" : show(max),
    });
  };
  const issue = (message: string) =>
    store.put("input", {
      fieldId,
      path: name,
      step: "summary",
      label: typeof label === "string" ? label : name,
      message,
    });
  const onText = (next: string) => {
    setText(next);
    if (next.trim() === "") {
      if (required) issue(t(conversion.invalid));
      else store.remove("input", fieldId);
      last.current = undefined;
      field.onChange(undefined);
      return;
    }
    const parsed = conversion.fromText(next, locale);
    const outOfRange =
      typeof parsed === "number" &&
      ((min !== undefined && parsed < min) || (max !== undefined && parsed > max));
    if (parsed === null || outOfRange) {
      issue(parsed === null ? t(conversion.invalid) : `${rangeMessage()} ${t(conversion.invalid)}`);
      return;
    }
    store.remove("input", fieldId);
    last.current = parsed;
    if (parsed !== value) field.onChange(parsed);
  };
  return (
    <TextInput
      id={fieldId}
      className={`field converted${suffix ? " with-suffix" : ""}`}
      labelText={label}
      {...(hideLabel ? { labelMode: "hidden" as const } : {})}
      {...(hint ? { hintText: hint } : {})}
      {...status}
      // typing a value that is not one yet is said at once (politely), not only on the next focus
      statusTextAriaLiveMode="polite"
      inputMode={conversion.inputMode}
      autoComplete="off"
      value={text}
      ref={field.ref}
      onChange={(v) => onText(String(v ?? ""))}
      onBlur={() => {
        const parsed = text.trim() === "" ? undefined : conversion.fromText(text, locale);
        if (parsed !== null && parsed === value) setText(format(value));
        field.onBlur();
      }}
      {...(suffix
        ? {
            icon: (
              <span aria-hidden="true" className="input-suffix">
                {suffix}
              </span>
            ),
          }
        : {})}
    />
  );
}
