import type { ProtocolMap } from '@/utils/messaging/protocol';
import type { TestPage } from './browsers';

type Data<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];
type Answer<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;

/**
 * Sends a protocol message from one of the extension's pages, as the popup would, for
 * set-up that is not under test (seeding 200 accounts for the bench). It speaks
 * @webext-core/messaging's wire format ({ id, type, data, timestamp } → { res } | { err }).
 */
export function sendFromPage<K extends keyof ProtocolMap>(page: TestPage, type: K, data: Data<K>): Promise<Answer<K>> {
  return page.evaluate(
    async ({ type, data }) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      const message = { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() };
      const response = (await api.runtime.sendMessage(message)) as { res?: unknown; err?: unknown } | undefined;
      if (!response || response.err) throw new Error(`${type} failed: ${JSON.stringify(response?.err)}`);
      return response.res as Answer<K>;
    },
    { type, data },
  );
}
