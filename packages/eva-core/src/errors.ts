/**
 * Every error eva-core throws for bad input. `code` is stable (never renamed; see
 * `errorCodes`), `path` points at the offending value inside the arguments
 * (e.g. `["matrix", 2, 1]`), `params` carries the numbers that explain it.
 */
export const errorCodes = [
  "empty_input",
  "ragged_matrix",
  "not_finite",
  "negative_weight",
  "zero_weights",
  "length_mismatch",
  "invalid_direction",
  "not_square",
  "not_reciprocal",
  "not_positive",
  "size_out_of_range",
  "out_of_range",
  "invalid_option",
  "invalid_scale",
  "invalid_assessment",
  "invalid_strategy",
  "unknown_reference",
  "empty_weight_set",
  "negative_cost",
  "duplicate_id",
] as const;

export type EvaErrorCode = (typeof errorCodes)[number];

export class EvaError extends Error {
  override readonly name = "EvaError";
  readonly code: EvaErrorCode;
  readonly path: ReadonlyArray<string | number>;
  readonly params: Readonly<Record<string, unknown>>;

  constructor(
    code: EvaErrorCode,
    message: string,
    path: ReadonlyArray<string | number> = [],
    params: Record<string, unknown> = {},
  ) {
    super(message);
    this.code = code;
    this.path = path;
    this.params = params;
  }
}

/** Type guard usable across package copies (checks the shape, not the prototype). */
export function isEvaError(error: unknown): error is EvaError {
  return (
    error instanceof Error &&
    error.name === "EvaError" &&
    typeof (error as { code?: unknown }).code === "string" &&
    Array.isArray((error as { path?: unknown }).path)
  );
}
