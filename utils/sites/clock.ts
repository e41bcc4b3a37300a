/**
 * The computer's clock against an exchange's, from the `Date` header of a page Omamori
 * already runs on (observed, never requested): the most common reason a correct code is
 * refused is a clock that is off.
 */

/** Beyond this, sites start refusing codes (one 30-s step, with their usual tolerance). */
export const SKEW_WARNING_MS = 15_000;

/** How far a site's clock is ahead of this computer's (negative: behind), in ms. */
export interface ClockReading {
  readonly skewMs: number;
  readonly at: number;
}

/**
 * The skew a response shows: its `Date` (whole seconds) against when it arrived here. Null
 * without a usable header. The header's truncation to the second is half a second on average,
 * so half a second is added back.
 */
export function skewOf(dateHeader: string | undefined, receivedAt: number): number | null {
  if (!dateHeader) return null;
  const serverTime = Date.parse(dateHeader);
  if (Number.isNaN(serverTime)) return null;
  return serverTime + 500 - receivedAt;
}

/** Whether a reading is far enough off that codes will be refused. */
export function isSkewed(reading: ClockReading | undefined): reading is ClockReading {
  return reading !== undefined && Math.abs(reading.skewMs) > SKEW_WARNING_MS;
}

/** The `Date` header among a response's headers (any case). */
export function dateHeaderOf(headers: readonly { name: string; value?: string }[] | undefined): string | undefined {
  return headers?.find((header) => header.name.toLowerCase() === 'date')?.value;
}
