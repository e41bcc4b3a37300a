import { fail, ok, type Handlers } from '../background/handlers';
import type { Vault } from '../vault/vault';
import type { syncService } from './sync';

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
