import { browser } from 'wxt/browser';
import { fromBase64, toBase64 } from '../encoding';

/** Where the unlocked vault key waits while the background sleeps. */
export interface KeySession {
  save(vaultKey: Uint8Array): Promise<void>;
  load(): Promise<Uint8Array | null>;
  clear(): Promise<void>;
}

const SESSION_KEY = 'vaultKey';

/**
 * `storage.session`: memory only, gone with the browser, readable by the extension's own
 * pages and worker only. A restarted MV3 service worker finds the key there and stays
 * unlocked; a restarted browser does not.
 */
export function browserKeySession(): KeySession {
  const area = browser.storage.session;
  return {
    save: (vaultKey) => area.set({ [SESSION_KEY]: toBase64(vaultKey) }),
    load: async () => {
      const stored = (await area.get(SESSION_KEY))[SESSION_KEY];
      return typeof stored === 'string' ? fromBase64(stored) : null;
    },
    clear: () => area.remove(SESSION_KEY),
  };
}
