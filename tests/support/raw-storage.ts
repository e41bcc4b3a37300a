import type { TestPage } from './browsers';

/**
 * Everything the extension keeps, read raw from one of its pages: every IndexedDB store
 * (bytes as Latin-1 text) and storage.local and storage.session, as one string.
 */
export function dumpExtensionStorage(extensionPage: TestPage): Promise<string> {
  return extensionPage.evaluate(async () => {
    const asText = (_: string, value: unknown) =>
      value instanceof Uint8Array ? Array.from(value, (byte) => String.fromCharCode(byte)).join('') : value;
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const dump: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await request(indexedDB.open(name));
      for (const store of Array.from(db.objectStoreNames)) {
        dump.push(JSON.stringify(await request(db.transaction(store).objectStore(store).getAll()), asText));
      }
      db.close();
    }
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    dump.push(JSON.stringify(await api.storage.local.get(null)), JSON.stringify(await api.storage.session.get(null)));
    return dump.join('\n');
  }, undefined);
}
