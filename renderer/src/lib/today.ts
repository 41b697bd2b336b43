/** Today in the local calendar as YYYY-MM-DD (what date inputs hold and main's iso dates expect). */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
