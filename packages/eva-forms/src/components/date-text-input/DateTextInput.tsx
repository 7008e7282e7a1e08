import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextInput } from "suomifi-ui-components";
import { dateTextToIso, isoToDateText } from "../../format/dates.js";

/**
 * A date outside the wizard's form (the follow-up's day, a report's period) the way the wizard's
 * date fields take it: a Suomi.fi text input with the date as officials write it, in every language
 * ("15.6.2026"), stored as ISO 8601 ("2026-06-15", what the API takes). Suomi.fi's
 * DateInput would add a calendar button, but its value is its own format too: the text is the part
 * both share, and the wizard's fields already teach it (see ConvertedField). A text that is no
 * date says how to write one and gives "" to `onChange`, so nothing half-typed is sent.
 */
export function DateTextInput({
  id,
  label,
  value,
  onChange,
  hint,
}: {
  id: string;
  label: string;
  /** the stored date, ISO 8601, or "" */
  value: string;
  /** the date typed, ISO 8601, or "" while the text is empty or no date */
  onChange: (iso: string) => void;
  hint?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => (value ? isoToDateText(value) : ""));
  const [invalid, setInvalid] = useState(false);
  // a value set from outside (not the one this field gave last) replaces the text
  const given = useRef(value);
  useEffect(() => {
    if (value === given.current) return;
    given.current = value;
    setText(value ? isoToDateText(value) : "");
    setInvalid(false);
  }, [value]);
  return (
    <TextInput
      id={id}
      className="field converted"
      labelText={label}
      hintText={hint ?? t("basics.deadlineHint")}
      inputMode="text"
      autoComplete="off"
      value={text}
      status={invalid ? "error" : "default"}
      {...(invalid ? { statusText: t("input.date"), "aria-invalid": true } : {})}
      statusTextAriaLiveMode="polite"
      onChange={(v) => {
        const next = String(v ?? "");
        setText(next);
        const iso = next.trim() === "" ? "" : (dateTextToIso(next) ?? "");
        setInvalid(next.trim() !== "" && iso === "");
        given.current = iso;
        onChange(iso);
      }}
      onBlur={() => {
        const iso = dateTextToIso(text);
        if (iso) setText(isoToDateText(iso));
      }}
    />
  );
}
