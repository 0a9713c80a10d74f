/** Nominal typing for identifiers and units that share a primitive representation. */
declare const brand: unique symbol;
export type Brand<T, Name extends string> = T & { readonly [brand]: Name };

export type OrganisationId = Brand<string, 'OrganisationId'>;
export type UserId = Brand<string, 'UserId'>;
/** An ISO-8601 UTC instant with milliseconds, e.g. 2026-11-28T16:37:41.123Z. */
export type Instant = Brand<string, 'Instant'>;

export function toInstant(date: Date): Instant {
  return date.toISOString() as Instant;
}

export function addMinutes(at: Instant, minutes: number): Instant {
  return new Date(Date.parse(at) + minutes * 60_000).toISOString() as Instant;
}
