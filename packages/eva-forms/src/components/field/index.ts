export { ConfirmDialog } from "./ConfirmDialog.js";
export { ConvertedField, type ConvertedKind } from "./ConvertedField.js";
export { ErrorSummary } from "./ErrorSummary.js";
export { type ControlProps, Field, FieldGroup } from "./Field.js";
export { CheckboxField, type Option, RadioField, SelectField, TextField, YesNoField } from "./inputs.js";
