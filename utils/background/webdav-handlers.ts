import type { WebDavService } from '../backup/webdav-service';
import { fail, ok, whenOpen, type Handlers } from './handlers';

type WebDavMessage =
  'webdavSettings' | 'connectWebdav' | 'disconnectWebdav' | 'webdavBackups' | 'restoreFromWebdav' | 'checkWebdavBackup';

/**
 * The options page's WebDAV messages. A restore or check reads the file there and opens it
 * as any backup file is opened; a new browser (no vault yet) names the connection, which its
 * new vault then keeps.
 */
export function webdavHandlers(
  webdav: WebDavService,
  backup: Handlers<'restoreBackup' | 'checkBackup'>,
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
      const restored = await backup.restoreBackup({ text: text.value, password });
      if (restored.ok && connection) await webdav.connect(connection);
      return restored;
    },
    checkWebdavBackup: async ({ filename, password }) => {
      const text = await whenOpen(() => webdav.read(filename));
      if (!text.ok) return fail(text.reason);
      return backup.checkBackup({ text: text.value, password });
    },
  };
}
