import { fail, ok, whenOpen, type Handlers } from '../background/handlers';
import type { WebDavStatus } from '../messaging/protocol';
import type { Vault } from '../vault/vault';
import type { backupService } from './service';
import { destinationStatus } from './status';
import type { WebDavRecord, WebDavService } from './webdav-service';

type WebDavMessage =
  'webdavSettings' | 'connectWebdav' | 'disconnectWebdav' | 'webdavBackups' | 'restoreFromWebdav' | 'checkWebdavBackup';

/** Where the WebDAV destination stands against the vault, when one is set up. */
export async function webdavStatus(
  webdav: WebDavService,
  vault: Vault,
  record: WebDavRecord | null,
): Promise<WebDavStatus | null> {
  const settings = await webdav.settings();
  if (!settings) return null;
  const status = await destinationStatus(vault, record);
  // A folder that lacks nothing is not behind, whatever the last try said.
  const behind = status.missing.length > 0 || status.at === null || record?.failure != null;
  return { ...settings, ...status, retryAt: behind ? (record?.retry?.nextAt ?? null) : null };
}

/**
 * The options page's WebDAV messages. A restore or check reads the file there and opens it
 * as any backup file is opened; a new browser (no vault yet) names the connection, which its
 * new vault then keeps.
 */
export function webdavHandlers(
  webdav: WebDavService,
  vault: Vault,
  backup: ReturnType<typeof backupService>,
): Handlers<WebDavMessage> {
  return {
    webdavSettings: () => whenOpen(async () => ok(await webdav.settings())),
    connectWebdav: (config) =>
      whenOpen(async () => {
        const connected = await webdav.connect(config);
        return connected.ok ? ok(connected.value) : fail(connected.reason);
      }),
    disconnectWebdav: () => whenOpen(async () => ok(await webdav.disconnect().then(() => null))),
    webdavBackups: ({ connection }) =>
      whenOpen(async () => {
        const listed = await webdav.list(connection);
        return listed.ok ? ok(listed.value) : fail(listed.reason);
      }),
    restoreFromWebdav: async ({ filename, password, connection }) => {
      const text = await whenOpen(() => webdav.read(filename, connection));
      if (!text.ok) return fail(text.reason);
      const restored = await backup.handlers.restoreBackup({ text: text.value, password });
      if (restored.ok && connection) await webdav.connect(connection);
      return restored;
    },
    checkWebdavBackup: async ({ filename, password }) => {
      const text = await whenOpen(() => webdav.read(filename));
      if (!text.ok) return fail(text.reason);
      return backup.handlers.checkBackup({ text: text.value, password });
    },
  };
}
