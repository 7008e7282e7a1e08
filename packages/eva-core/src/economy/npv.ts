import { EvaError } from "../errors.js";
import { assertFinite } from "../mcda/validate.js";

/**
 * Net present value: Σ_t flows[t] / (1 + rate)^t, with flows[0] the first year, undiscounted,
 * and `rate` a fraction per year (0.035 = 3.5 %, the Green Book's rate).
 * @example npv([-100, 60, 60], 0.1) // ≈ 4.13
 */
export function npv(flows: number[], rate: number): number {
  if (!Array.isArray(flows)) throw new EvaError("empty_input", "flows must be an array", ["flows"]);
  assertFinite(rate, ["rate"]);
  if (rate <= -1) throw new EvaError("out_of_range", "rate must be above −1", ["rate"], { value: rate });
  let total = 0;
  flows.forEach((f, t) => {
    assertFinite(f, ["flows", t]);
    total += f / (1 + rate) ** t;
  });
  return total;
}
