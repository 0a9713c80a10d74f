/** Calendar arithmetic on YYYY-MM-DD dates and ISO instants, pure (UTC throughout). */

/** The UTC calendar day of an instant. */
export function dayOf(at: string): string {
  return at.slice(0, 10);
}

/** A date plus whole months, clamped to the month's last day (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

export function addHours(at: string, hours: number): string {
  return new Date(Date.parse(at) + hours * 3_600_000).toISOString();
}

export function hoursBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 3_600_000;
}

/** A document valid "until" a date is valid through that whole day. */
export function isValidOn(validUntil: string | null, today: string): boolean {
  return validUntil !== null && validUntil >= today;
}
