/** Whether `s` is a real day written AAAA-MM-JJ (2026-02-31 is none). No zod: the web app uses it. */
export function isRealDay(s: string): boolean {
  const day = new Date(`${s}T00:00:00Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(s)
  );
}
