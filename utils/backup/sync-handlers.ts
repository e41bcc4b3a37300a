import type { SyncStatus } from '../messaging/protocol';
import { destinationStatus } from './status';
import { fail, ok, type Handlers } from '../background/handlers';
import type { Vault } from '../vault/vault';
import type { SyncRecord, syncService } from './sync';

/** Where the sync copy stands against the vault now: which accounts' latest version it lacks. */
export const syncStatus = (vault: Vault, record: SyncRecord | null): Promise<SyncStatus> =>
  destinationStatus(vault, record);

/** A new browser finds the backup in the browser's sync storage, and takes it with the password. */
export function syncHandlers(
  sync: ReturnType<typeof syncService>,
  vault: Vault,
): Handlers<'syncOffer' | 'restoreFromSync'> {
  return {
    syncOffer: async () => ok(await sync.offer()),
    restoreFromSync: async ({ password }) => {
      if ((await vault.state()) !== 'uninitialized') return fail('already-initialized');
      const restored = await sync.restore(password);
      return typeof restored === 'string' ? fail(restored) : ok(restored);
    },
  };
}
