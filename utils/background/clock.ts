import type { Preference } from '../preference';
import { httpsHost, siteOfHost } from '../sites/binding';
import type { ClockOffsetFor } from '../otp/views';
import {
  dateHeaderOf,
  isAccepted,
  isImplausible,
  isSkewed,
  skewOf,
  type ClockChoice,
  type ClockReading,
  type SiteClock,
} from '../sites/clock';
import { loginExchangeForHost } from '../sites/exchanges';

export interface ClockDeps {
  /** The last reading per site (kept for the browser session). */
  readonly readings: Preference<Record<string, ClockReading>>;
  /** Per site, the skew (ms) the person was shown when they chose to follow its clock. */
  readonly accepted: Preference<Record<string, number>>;
}

/** A response the browser received, as `webRequest.onHeadersReceived` reports it. */
export interface ObservedResponse {
  readonly url: string;
  readonly type: string;
  readonly frameId: number;
  readonly responseHeaders?: readonly { name: string; value?: string }[];
  readonly timeStamp: number;
}

/**
 * Per-site clock readings from observed responses, and the adjustment the person chose.
 * Only this service writes either, so each is read from storage once: the popup's first
 * answers need both, and in Firefox every storage read waits on the parent process.
 */
export function clockService(stored: ClockDeps) {
  const deps = { readings: remembered(stored.readings), accepted: remembered(stored.accepted) };

  /**
   * Only an exchange's own login pages, as top documents, tell its time: any other host
   * under its domain (a help centre on a SaaS, a taken-over subdomain) is not its server.
   */
  async function observe(response: ObservedResponse): Promise<void> {
    const host = httpsHost(response.url);
    if (response.type !== 'main_frame' || response.frameId !== 0) return;
    if (host === null || loginExchangeForHost(host) === undefined) return;
    const site = siteOfHost(host);
    const skewMs = skewOf(dateHeaderOf(response.responseHeaders), response.timeStamp);
    if (site === null || skewMs === null) return;
    const at = response.timeStamp;
    await deps.readings.setValue({ ...(await deps.readings.getValue()), [site]: { skewMs, at } });
  }

  /** The site's clock when it is off enough to refuse codes; null otherwise. */
  async function clockOf(site: string | null): Promise<SiteClock | null> {
    if (site === null) return null;
    const reading = (await deps.readings.getValue())[site];
    if (!isSkewed(reading)) return null;
    if (isImplausible(reading)) return { kind: 'wrong', skewMs: reading.skewMs };
    const adjusted = isAccepted(reading, (await deps.accepted.getValue())[site]);
    return { kind: 'off', skewMs: reading.skewMs, adjusted };
  }

  /**
   * The clocks now, read once: the milliseconds to add to this computer's time for codes of
   * `sites` (the first one followed). One read for a popup of a thousand accounts.
   */
  async function offsets(): Promise<ClockOffsetFor> {
    const [readings, accepted] = await Promise.all([deps.readings.getValue(), deps.accepted.getValue()]);
    return (sites) => {
      const site = sites.find((candidate) => followed(readings[candidate], accepted[candidate]));
      return site === undefined ? 0 : readings[site]!.skewMs;
    };
  }

  /**
   * Follows a site's clock for the skew the person was shown; `clock-changed` when the
   * reading has moved from it meanwhile (they are asked again about the new one).
   */
  async function choose(site: string, choice: ClockChoice): Promise<'clock-changed' | null> {
    const accepted = { ...(await deps.accepted.getValue()) };
    if (choice.adjust && !followed((await deps.readings.getValue())[site], choice.skewMs)) return 'clock-changed';
    if (choice.adjust) accepted[site] = choice.skewMs;
    else delete accepted[site];
    await deps.accepted.setValue(accepted);
    return null;
  }

  return { observe, clockOf, offsets, choose };
}

export type ClockService = ReturnType<typeof clockService>;

const followed = (reading: ClockReading | undefined, acceptedSkewMs: number | undefined) =>
  isSkewed(reading) && isAccepted(reading, acceptedSkewMs);

/** A preference kept in memory after its first read, and written through. */
function remembered<T>(preference: Preference<T>): Preference<T> {
  let value: Promise<T> | undefined;
  return {
    getValue: () => {
      const reading = (value ??= preference.getValue());
      // A failed read is tried again next time, not kept.
      reading.catch(() => value === reading && (value = undefined));
      return reading;
    },
    async setValue(next) {
      await preference.setValue(next);
      value = Promise.resolve(next);
    },
  };
}
