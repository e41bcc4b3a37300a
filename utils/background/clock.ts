import type { Preference } from '../preference';
import { siteOf } from '../sites/binding';
import type { ClockOffsetFor } from '../otp/views';
import { isSkewed, skewOf, type ClockReading } from '../sites/clock';

export interface ClockDeps {
  /** The last reading per site (kept for the browser session). */
  readonly readings: Preference<Record<string, ClockReading>>;
  /** Sites whose codes the person asked to adjust to the site's clock. */
  readonly adjusted: Preference<Record<string, boolean>>;
}

/** What the popup and the content script are told of a site's clock. */
export interface SiteClock {
  readonly skewMs: number;
  readonly adjusted: boolean;
}

/**
 * Per-site clock readings from observed responses, and the adjustment the person chose.
 * Only this service writes either, so each is read from storage once: the popup's first
 * answers need both, and in Firefox every storage read waits on the parent process.
 */
export function clockService(stored: ClockDeps) {
  const deps = { readings: remembered(stored.readings), adjusted: remembered(stored.adjusted) };
  async function observe(url: string, dateHeader: string | undefined, receivedAt: number): Promise<void> {
    const site = siteOf(url);
    const skewMs = skewOf(dateHeader, receivedAt);
    if (site === null || skewMs === null) return;
    await deps.readings.setValue({ ...(await deps.readings.getValue()), [site]: { skewMs, at: receivedAt } });
  }

  /** The site's clock when it is off enough to refuse codes; null otherwise. */
  async function clockOf(site: string | null): Promise<SiteClock | null> {
    if (site === null) return null;
    const reading = (await deps.readings.getValue())[site];
    if (!isSkewed(reading)) return null;
    return { skewMs: reading.skewMs, adjusted: (await deps.adjusted.getValue())[site] === true };
  }

  /**
   * The clocks now, read once: the milliseconds to add to this computer's time for codes of
   * `sites` (the first one adjusted). One read for a popup of a thousand accounts.
   */
  async function offsets(): Promise<ClockOffsetFor> {
    const [readings, adjusted] = await Promise.all([deps.readings.getValue(), deps.adjusted.getValue()]);
    return (sites) => {
      const site = sites.find((candidate) => adjusted[candidate] && isSkewed(readings[candidate]));
      return site === undefined ? 0 : readings[site]!.skewMs;
    };
  }

  async function setAdjusted(site: string, adjust: boolean): Promise<void> {
    await deps.adjusted.setValue({ ...(await deps.adjusted.getValue()), [site]: adjust });
  }

  return { observe, clockOf, offsets, setAdjusted };
}

export type ClockService = ReturnType<typeof clockService>;

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
