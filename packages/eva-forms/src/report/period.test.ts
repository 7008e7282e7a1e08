import { describe, expect, it } from "vitest";
import { periodOf } from "./period.js";

const none = { from: "", to: "" };
describe("periodOf", () => {
  it("this year runs from 1 January to today", () => {
    expect(periodOf("year", "2026-06-15", none)).toEqual({ from: "2026-01-01", to: "2026-06-15" });
  });
  it("the last four months go back to the same day, or the month's last day", () => {
    expect(periodOf("fourMonths", "2026-06-15", none)).toEqual({ from: "2026-02-15", to: "2026-06-15" });
    expect(periodOf("fourMonths", "2026-06-30", none)).toEqual({ from: "2026-02-28", to: "2026-06-30" });
    expect(periodOf("fourMonths", "2026-02-10", none)).toEqual({ from: "2025-10-10", to: "2026-02-10" });
  });
  it("custom is the user's dates as given", () => {
    expect(periodOf("custom", "2026-06-15", { from: "2025-01-01", to: "2025-12-31" })).toEqual({
      from: "2025-01-01",
      to: "2025-12-31",
    });
  });
});
