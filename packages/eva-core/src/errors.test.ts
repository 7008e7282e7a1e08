import { describe, expect, it } from "vitest";
import { EvaError, isEvaError } from "./errors.js";

describe("EvaError", () => {
  it("carries a stable code and a path and is an Error", () => {
    const e = new EvaError("not_finite", "matrix[1][2] is NaN", ["matrix", 1, 2]);
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe("not_finite");
    expect(e.path).toEqual(["matrix", 1, 2]);
    expect(isEvaError(e)).toBe(true);
    expect(isEvaError(new Error("x"))).toBe(false);
  });
});
