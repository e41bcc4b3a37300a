import type { syncService } from '../backup/sync';
import type { Vault } from '../vault/vault';
import { fail, ok, whenOpen, type Handlers } from './handlers';

/**
 * A new browser finds the backup in the browser's sync storage and takes it with the
 * password; a browser whose vault's password changed elsewhere takes the new key; the person
 * replaces another vault's copy.
 */
export function syncHandlers(
  sync: ReturnType<typeof syncService>,
  vault: Vault,
): Handlers<'syncOffer' | 'restoreFromSync' | 'adoptSyncKey' | 'replaceSyncCopy'> {
  return {
    syncOffer: async () => ok(await sync.offer()),
    restoreFromSync: async ({ password }) => {
      if ((await vault.state()) !== 'uninitialized') return fail('already-initialized');
      const restored = await sync.restore(password);
      return typeof restored === 'string' ? fail(restored) : ok(restored);
    },
    adoptSyncKey: ({ password }) =>
      whenOpen(async () => {
        const failure = await sync.adoptNewKey(password);
        return failure === null ? ok(null) : fail(failure);
      }),
    replaceSyncCopy: () => whenOpen(async () => ok(await sync.replaceCopy().then(() => null))),
  };
}
