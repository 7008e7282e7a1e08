import type { ReactNode } from "react";
import { useController, useFormContext } from "react-hook-form";
import { Checkbox, Textarea, TextInput } from "suomifi-ui-components";
import { RadioGroup, useStatus } from "./Field.js";

/**
 * A text (Suomi.fi TextInput) or a long text (`rows`: Textarea) stored as typed; an emptied field
 * stores "" (which cleanDraft drops). Registered, not controlled: typing re-renders nothing.
 */
export function TextField({
  name,
  label,
  hint,
  rows,
  maxLength,
  autoComplete,
}: {
  name: string;
  label: ReactNode;
  hint?: string;
  rows?: number;
  maxLength?: number;
  autoComplete?: string;
}) {
  const { register } = useFormContext();
  const { props: status } = useStatus(name);
  const { onChange, ...field } = register(name);
  if (rows)
    return (
      <Textarea
        id={name}
        className="field"
        labelText={label}
        {...(hint ? { hintText: hint } : {})}
        {...status}
        rows={rows}
        maxLength={maxLength}
        fullWidth
        resize="vertical"
        {...field}
        onChange={onChange}
      />
    );
  return (
    <TextInput
      id={name}
      className="field"
      labelText={label}
      {...(hint ? { hintText: hint } : {})}
      {...status}
      maxLength={maxLength}
      autoComplete={autoComplete}
      fullWidth
      {...field}
      // Suomi.fi's TextInput hands over the text, react-hook-form reads it from an event
      onChange={(value) => onChange({ target: { name, value: String(value ?? "") }, type: "change" })}
    />
  );
}

export interface Option {
  value: string;
  label: string;
}

/** One of a few choices as radio buttons (arrow keys move between them). */
export function RadioField({
  name,
  legend,
  hint,
  options,
  inline,
}: {
  name: string;
  legend: ReactNode;
  hint?: string;
  options: Option[];
  inline?: boolean;
}) {
  const { field } = useController({ name });
  return (
    <RadioGroup
      id={name}
      legend={legend}
      {...(hint ? { hint } : {})}
      options={options}
      value={field.value as string | undefined}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inline={inline}
    />
  );
}

/** A yes/no question stored as true or false; unanswered stores nothing. */
export function YesNoField({
  name,
  legend,
  yes,
  no,
}: {
  name: string;
  legend: ReactNode;
  yes: string;
  no: string;
}) {
  const { field } = useController({ name });
  return (
    <RadioGroup
      id={name}
      legend={legend}
      options={[
        { value: "yes", label: yes, id: name },
        { value: "no", label: no, id: `${name}-no` },
      ]}
      value={field.value === true ? "yes" : field.value === false ? "no" : undefined}
      onChange={(v) => field.onChange(v === "yes")}
      onBlur={field.onBlur}
      inline
    />
  );
}

/** A checkbox stored as true or false. */
export function CheckboxField({ name, label, hint }: { name: string; label: ReactNode; hint?: string }) {
  const { field } = useController({ name });
  const { props: status } = useStatus(name);
  return (
    <Checkbox
      id={name}
      className="field checkbox"
      checked={field.value === true}
      onClick={({ checkboxState }) => field.onChange(checkboxState)}
      onBlur={field.onBlur}
      {...(hint ? { hintText: hint } : {})}
      {...status}
    >
      {label}
    </Checkbox>
  );
}
