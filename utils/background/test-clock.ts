/**
 * The e2e build's clock (time injected): the real time plus an offset that a test puts in
 * `storage.local` under TEST_CLOCK_KEY, so that a month can pass in a test (the trash
 * emptying by age, a backup file a month old). Only the e2e build uses it; the store
 * build's clock is `Date.now`.
 */
export const TEST_CLOCK_KEY = 'e2eClockOffsetMs';

interface OffsetStore {
  get(key: string): Promise<Record<string, unknown>>;
  readonly onChanged: {
    addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

/** Until the offset is read (a moment after the background starts) the clock is the real one. */
export function offsetClock(store: OffsetStore, realNow: () => number): () => number {
  let offset = 0;
  const take = (value: unknown) => {
    offset = typeof value === 'number' && Number.isFinite(value) ? value : 0;
  };
  store.onChanged.addListener((changes, area) => {
    if (area === 'local' && TEST_CLOCK_KEY in changes) take(changes[TEST_CLOCK_KEY].newValue);
  });
  void store.get(TEST_CLOCK_KEY).then((items) => take(items[TEST_CLOCK_KEY]));
  return () => realNow() + offset;
}
