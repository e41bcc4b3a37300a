import type { ProtocolMap } from '@/utils/messaging/protocol';
import type { TestPage } from './browsers';

type Data<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];
type Answer<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;

/**
 * Sends a protocol message from one of the extension's pages (to the background, or to a
 * tab's content script when `toTabId` is given), as the popup or the background would, for
 * set-up that is not under test (seeding 200 accounts for the bench). It speaks
 * @webext-core/messaging's wire format ({ id, type, data, timestamp } → { res } | { err }).
 */
export function sendFromPage<K extends keyof ProtocolMap>(
  page: TestPage,
  type: K,
  data: Data<K>,
  toTabId?: number,
): Promise<Answer<K>> {
  return page.evaluate(
    async ({ type, data, toTabId }) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      const message = { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() };
      type Wire = { res?: unknown; err?: unknown } | undefined;
      const response = await (toTabId === undefined
        ? api.runtime.sendMessage<typeof message, Wire>(message)
        : api.tabs.sendMessage<typeof message, Wire>(toTabId, message));
      if (!response || response.err) throw new Error(`${type} failed: ${JSON.stringify(response?.err)}`);
      return response.res as Answer<K>;
    },
    { type, data, toTabId },
  );
}
