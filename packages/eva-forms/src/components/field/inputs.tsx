import type { ReactNode } from "react";
import { useController, useFormContext } from "react-hook-form";
import { Field, FieldGroup } from "./Field.js";

/** A text or a long text (`rows`) stored as typed; an emptied field stores nothing. */
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
  hint?: ReactNode;
  rows?: number;
  maxLength?: number;
  autoComplete?: string;
}) {
  const { register } = useFormContext();
  return (
    <Field id={name} label={label} hint={hint}>
      {(control) =>
        rows ? (
          <textarea {...control} rows={rows} maxLength={maxLength} {...register(name)} />
        ) : (
          <input
            {...control}
            type="text"
            maxLength={maxLength}
            autoComplete={autoComplete}
            {...register(name)}
          />
        )
      }
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** A choice from a list, shown by label and stored by value; "Valitse…" stores nothing. */
export function SelectField({
  name,
  label,
  hint,
  options,
  placeholder,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  options: Option[];
  /** the empty choice's text; without it there is none */
  placeholder?: string;
}) {
  const { register } = useFormContext();
  return (
    <Field id={name} label={label} hint={hint}>
      {(control) => (
        <select {...control} {...register(name, { setValueAs: (v: string) => (v === "" ? undefined : v) })}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
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
  hint?: ReactNode;
  options: Option[];
  inline?: boolean;
}) {
  const { field } = useController({ name });
  return (
    <FieldGroup id={name} legend={legend} hint={hint} className={inline ? "inline-options" : undefined}>
      {(invalid) =>
        options.map((o, i) => (
          <label key={o.value} className="inline">
            <input
              type="radio"
              id={i === 0 ? name : `${name}-${o.value}`}
              name={name}
              value={o.value}
              checked={field.value === o.value}
              onChange={() => field.onChange(o.value)}
              onBlur={field.onBlur}
              {...(invalid ? { "aria-invalid": true } : {})}
            />{" "}
            {o.label}
          </label>
        ))
      }
    </FieldGroup>
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
    <FieldGroup id={name} legend={legend} className="inline-options">
      {() =>
        ([true, false] as const).map((v) => (
          <label key={String(v)} className="inline">
            <input
              type="radio"
              id={v ? name : `${name}-no`}
              name={name}
              checked={field.value === v}
              onChange={() => field.onChange(v)}
              onBlur={field.onBlur}
            />{" "}
            {v ? yes : no}
          </label>
        ))
      }
    </FieldGroup>
  );
}

/** A checkbox stored as true or false. */
export function CheckboxField({ name, label, hint }: { name: string; label: ReactNode; hint?: ReactNode }) {
  const { field } = useController({ name });
  return (
    <div className="field checkbox">
      <label className="inline">
        <input
          type="checkbox"
          id={name}
          checked={field.value === true}
          onChange={(e) => field.onChange(e.target.checked)}
          onBlur={field.onBlur}
          {...(hint ? { "aria-describedby": `${name}-hint` } : {})}
        />{" "}
        {label}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
