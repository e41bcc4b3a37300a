import { TEST_CLOCK_KEY } from '../../utils/background/test-clock';
import type { TestPage } from './browsers';

export { DAY_MS } from '../../utils/vault/versions';

/** Moves the e2e build's clock `ms` ahead of the real time (utils/background/test-clock.ts). */
export async function setClockOffset(extensionPage: TestPage, ms: number): Promise<void> {
  await extensionPage.evaluate(
    async ({ key, value }) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      await api.storage.local.set({ [key]: value });
    },
    { key: TEST_CLOCK_KEY, value: ms },
  );
}
