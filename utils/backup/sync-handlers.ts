import type { SyncStatus } from '../messaging/protocol';
import { nameOf } from '../otp/account';
import { fail, ok, type Handlers } from '../background/handlers';
import type { Vault } from '../vault/vault';
import type { SyncRecord, syncService } from './sync';

/** Where the sync copy stands against the vault now: which accounts' latest version it lacks. */
export async function syncStatus(vault: Vault, record: SyncRecord | null): Promise<SyncStatus> {
  const accounts = await vault.accounts();
  const written = new Map((record?.written ?? []).map(({ id, updatedAt }) => [id, updatedAt]));
  const missing = accounts.filter((account) => written.get(account.id) !== account.updatedAt).map(nameOf);
  return {
    at: record?.at ?? null,
    count: written.size,
    total: accounts.length,
    missing,
    failure: record?.failure?.reason ?? null,
  };
}

/** A new browser finds the backup in the browser's sync storage, and takes it with the password. */
export function syncHandlers(sync: ReturnType<typeof syncService>, vault: Vault): Handlers<'syncOffer' | 'restoreFromSync'> {
  return {
    syncOffer: async () => ok(await sync.offer()),
    restoreFromSync: async ({ password }) => {
      if ((await vault.state()) !== 'uninitialized') return fail('already-initialized');
      const restored = await sync.restore(password);
      return typeof restored === 'string' ? fail(restored) : ok(restored);
    },
  };
}
