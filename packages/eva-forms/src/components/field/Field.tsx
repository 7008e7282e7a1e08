import type { ReactNode } from "react";
import { useFieldIssue } from "../../validation/issue-store.js";

/** What a control needs to be named, described and marked invalid. */
export interface ControlProps {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

/**
 * A labelled control with its hint and, when there is one, its error: the message stands between
 * the label and the control (as in Suomi.fi's and GOV.UK's forms), the control gets aria-invalid
 * and is described by the hint and the message. Controls render themselves through `children`.
 */
export function Field({
  id,
  label,
  hint,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const error = useFieldIssue(id);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`field${error ? " invalid" : ""}${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {children({
        id,
        ...(error ? { "aria-invalid": true as const } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
    </div>
  );
}

/**
 * A group of radios or checkboxes under a legend, with its hint and error. The first control
 * carries `id` (where the error summary's link moves the focus); each gets aria-invalid.
 */
export function FieldGroup({
  id,
  legend,
  hint,
  className,
  children,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  className?: string;
  children: (invalid: boolean) => ReactNode;
}) {
  const error = useFieldIssue(id);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset
      className={`field-group${error ? " invalid" : ""}${className ? ` ${className}` : ""}`}
      {...(describedBy ? { "aria-describedby": describedBy } : {})}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {children(!!error)}
    </fieldset>
  );
}
