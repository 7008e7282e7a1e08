import type { ReactNode } from "react";
import { useController } from "react-hook-form";
import { Dropdown, DropdownItem } from "suomifi-ui-components";
import { useStatus } from "./Field.js";
import type { Option } from "./inputs.js";

// in a module of its own: the Dropdown (and the popover library under it) comes with the steps
// that have a list to choose from, not with the first step

/**
 * A choice from a list (Suomi.fi Dropdown: a button that opens a listbox), shown by label and
 * stored by value, or as a number (`numeric`); the placeholder's choice stores nothing. The
 * Dropdown's own id is on its wrapper and its button is `<id>_button`: the wrapper is `name`, so
 * the error summary's link finds the field (focusField moves the focus on to the button).
 */
export function SelectField({
  name,
  label,
  hint,
  options,
  placeholder,
  numeric,
}: {
  name: string;
  label: ReactNode;
  hint?: string;
  options: Option[];
  /** the empty choice's text; without it there is none */
  placeholder?: string;
  /** store the value as a number (a level on a scale) */
  numeric?: boolean;
}) {
  const { field } = useController({ name });
  const { error, props: status } = useStatus(name);
  const value = field.value === undefined || field.value === null ? null : String(field.value);
  return (
    <Dropdown
      id={name}
      className="field select-field"
      labelText={label}
      {...(hint ? { hintText: hint } : {})}
      {...status}
      {...(error ? { "aria-invalid": true } : {})}
      visualPlaceholder={placeholder ?? "–"}
      // a name (an alternative, a category) takes the line; a level on a scale is short
      fullWidth={!numeric}
      value={value}
      ref={field.ref}
      onChange={(v) => field.onChange(v === "" ? undefined : numeric ? Number(v) : v)}
      onBlur={field.onBlur}
    >
      {[
        ...(placeholder !== undefined
          ? [
              <DropdownItem key="" value="">
                {placeholder}
              </DropdownItem>,
            ]
          : []),
        ...options.map((o) => (
          <DropdownItem key={o.value} value={o.value}>
            {o.label}
          </DropdownItem>
        )),
      ]}
    </Dropdown>
  );
}
