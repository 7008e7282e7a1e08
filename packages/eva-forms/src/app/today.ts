/** Today in the browser's time zone (ISO date): the app may read the clock, eva-core may not. */
export const browserToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};
