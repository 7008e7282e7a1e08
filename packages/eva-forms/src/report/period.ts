export type PeriodChoice = "year" | "fourMonths" | "custom";

/** ISO date `months` months before `iso` (clamped to the month's last day: 30.6. − 4 = 28./29.2.). */
function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** The report period for a choice: this year so far, the last four months, or the user's dates. */
export function periodOf(
  choice: PeriodChoice,
  today: string,
  custom: { from: string; to: string },
): { from: string; to: string } {
  if (choice === "year") return { from: `${today.slice(0, 4)}-01-01`, to: today };
  if (choice === "fourMonths") return { from: monthsBefore(today, 4), to: today };
  return custom;
}
