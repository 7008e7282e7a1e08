import type { ReactNode } from "react";
import { RadioButton, RadioButtonGroup } from "suomifi-ui-components";
import { useFieldIssue } from "../../validation/issue-store.js";

/**
 * The Suomi.fi status props of a control with `id`: in error, the message below the control
 * (Suomi.fi's place for it), the control aria-invalid and described by the message and the hint
 * (the components wire both). The message is not a live region: the error summary announces the
 * stop, and a field reads its message when it gets the focus.
 */
export function useStatus(id: string) {
  const error = useFieldIssue(id);
  return {
    error,
    props: {
      status: error ? ("error" as const) : ("default" as const),
      ...(error ? { statusText: error } : {}),
      statusTextAriaLiveMode: "off" as const,
    },
  };
}

/**
 * One of a few choices as Suomi.fi radio buttons under a legend, with its hint and error (arrow
 * keys move between them). The first radio carries `id`, where the error summary's link moves the
 * focus; each is aria-invalid and described by the message while the group is in error.
 */
export function RadioGroup({
  id,
  legend,
  hint,
  options,
  value,
  onChange,
  onBlur,
  inline,
}: {
  id: string;
  legend: ReactNode;
  hint?: string;
  options: Array<{ value: string; label: string; id?: string }>;
  value: string | undefined;
  onChange: (value: string) => void;
  onBlur?: () => void;
  inline?: boolean;
}) {
  const error = useFieldIssue(id);
  const groupId = `${id}-group`;
  return (
    <RadioButtonGroup
      id={groupId}
      className={`field-group${inline ? " inline-options" : ""}`}
      labelText={legend}
      {...(hint ? { groupHintText: hint } : {})}
      groupStatus={error ? "error" : "default"}
      {...(error ? { groupStatusText: error } : {})}
      name={id}
      // a group with nothing chosen yet has no value: null keeps every radio unchecked
      value={value ?? ""}
      onChange={onChange}
    >
      {options.map((o, i) => (
        <RadioButton
          key={o.value}
          id={o.id ?? (i === 0 ? id : `${id}-${o.value}`)}
          value={o.value}
          onBlur={onBlur}
          {...(error ? { "aria-invalid": true, "aria-describedby": `${groupId}-statusText` } : {})}
        >
          {o.label}
        </RadioButton>
      ))}
    </RadioButtonGroup>
  );
}
