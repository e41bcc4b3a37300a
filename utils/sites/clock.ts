/**
 * The computer's clock against an exchange's, from the `Date` header of a page Omamori
 * already runs on (observed, never requested): the most common reason a correct code is
 * refused is a clock that is off.
 */

/** Beyond this, sites start refusing codes (one 30-s step, with their usual tolerance). */
export const SKEW_WARNING_MS = 15_000;

/**
 * Beyond this a reading is not a clock that drifted but a wrong one (or a response that is
 * not the exchange's): shown as such and never followed, so no page can move codes hours on.
 */
export const SKEW_IMPLAUSIBLE_MS = 10 * 60_000;

/** A reading further than this from the skew the person accepted is asked about again (one code step). */
export const ACCEPTED_DRIFT_MS = 30_000;

/** How far a site's clock is ahead of this computer's (negative: behind), in ms. */
export interface ClockReading {
  readonly skewMs: number;
  readonly at: number;
}

/**
 * What the popup and the content script are told of a site's clock: `off` by a drift the
 * person may follow (`adjusted` once they did, for the skew they were shown), or `wrong`:
 * too far off to be a drift, never followed.
 */
export type SiteClock =
  | { readonly kind: 'off'; readonly skewMs: number; readonly adjusted: boolean }
  | { readonly kind: 'wrong'; readonly skewMs: number };

/** The person follows (the skew they were shown), or stops following, a site's clock. */
export type ClockChoice = { readonly adjust: false } | { readonly adjust: true; readonly skewMs: number };

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

/** Whether a reading is too far off to be a clock that merely drifted. */
export function isImplausible(reading: ClockReading): boolean {
  return Math.abs(reading.skewMs) > SKEW_IMPLAUSIBLE_MS;
}

/** Whether following `reading` is still what the person accepted (the skew they were shown, within a step). */
export function isAccepted(reading: ClockReading, acceptedSkewMs: number | undefined): boolean {
  return (
    acceptedSkewMs !== undefined &&
    !isImplausible(reading) &&
    Math.abs(reading.skewMs - acceptedSkewMs) <= ACCEPTED_DRIFT_MS
  );
}

/** The `Date` header among a response's headers (any case). */
export function dateHeaderOf(headers: readonly { name: string; value?: string }[] | undefined): string | undefined {
  return headers?.find((header) => header.name.toLowerCase() === 'date')?.value;
}
