export { ConfirmDialog } from "./ConfirmDialog.js";
export { ConvertedField, type ConvertedKind } from "./ConvertedField.js";
export { ErrorSummary } from "./ErrorSummary.js";
export { RadioGroup, useStatus } from "./Field.js";
export { focusField } from "./focus-field.js";
export { CheckboxField, type Option, RadioField, TextField, YesNoField } from "./inputs.js";
