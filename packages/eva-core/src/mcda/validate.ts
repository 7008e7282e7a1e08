import { EvaError } from "../errors.js";

/** How the engine's arguments are named in error paths. */
export type ArgName =
  | "matrix"
  | "values"
  | "weights"
  | "points"
  | "flows"
  | "directions"
  | "criteria"
  | "matrices";

/** A finite number check that names the offending position. */
export function assertFinite(x: number, path: Array<string | number>): void {
  if (typeof x !== "number" || !Number.isFinite(x)) {
    throw new EvaError("not_finite", `${path.join(".")} is not a finite number`, path, { value: String(x) });
  }
}

/** A non-empty rectangular matrix of finite numbers; returns its [rows, columns]. */
export function assertMatrix(matrix: unknown, name: ArgName = "matrix"): [number, number] {
  if (!Array.isArray(matrix) || matrix.length === 0) {
    throw new EvaError("empty_input", `${name} has no rows`, [name]);
  }
  const first = matrix[0];
  if (!Array.isArray(first) || first.length === 0) {
    throw new EvaError("empty_input", `${name} has no columns`, [name, 0]);
  }
  const cols = first.length;
  matrix.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== cols) {
      throw new EvaError(
        "ragged_matrix",
        `${name} row ${i} has ${Array.isArray(row) ? row.length : 0} columns, expected ${cols}`,
        [name, i],
        {
          expected: cols,
        },
      );
    }
    for (const [j, x] of (row as unknown[]).entries()) assertFinite(x as number, [name, i, j]);
  });
  return [matrix.length, cols];
}

/** Weights: finite, ≥ 0, not all zero, `n` of them when given. */
export function assertWeights(weights: unknown, n?: number, name: ArgName = "weights"): void {
  if (!Array.isArray(weights) || weights.length === 0)
    throw new EvaError("empty_input", `${name} is empty`, [name]);
  if (n !== undefined && weights.length !== n) {
    throw new EvaError("length_mismatch", `${name} has ${weights.length} entries, expected ${n}`, [name], {
      expected: n,
      actual: weights.length,
    });
  }
  let sum = 0;
  weights.forEach((w: unknown, j) => {
    assertFinite(w as number, [name, j]);
    if ((w as number) < 0)
      throw new EvaError("negative_weight", `${name}[${j}] is negative`, [name, j], { value: w as number });
    sum += w as number;
  });
  if (sum <= 0) throw new EvaError("zero_weights", `${name} are all zero`, [name]);
}

export type Direction = "max" | "min";

/** One direction per criterion, each "max" or "min" (never guessed). */
export function assertDirections(directions: unknown, n: number): asserts directions is Direction[] {
  if (!Array.isArray(directions) || directions.length !== n) {
    throw new EvaError("length_mismatch", `directions must have ${n} entries`, ["directions"], {
      expected: n,
    });
  }
  directions.forEach((d: unknown, j) => {
    if (d !== "max" && d !== "min") {
      throw new EvaError("invalid_direction", `directions[${j}] must be "max" or "min"`, ["directions", j], {
        value: String(d),
      });
    }
  });
}

/** Reads a[i] of a typed or plain array as a number (0 when out of range; callers size arrays). */
export function at(a: ArrayLike<number>, i: number): number {
  return a[i] ?? 0;
}

/** Reads m[i][j]. */
export function at2(m: ReadonlyArray<ArrayLike<number>>, i: number, j: number): number {
  return m[i]?.[j] ?? 0;
}
