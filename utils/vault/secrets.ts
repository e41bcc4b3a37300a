import { open, seal, type RandomBytes } from './crypto';
import type { SecretRow, VaultDb } from './db';

export const secretContext = (id: string) => `omamori/secret/v1/${id}`;

/** Every secret setting sealed again under the new key (one that does not open is dropped). */
export async function resealSecrets(
  db: VaultDb,
  oldKey: CryptoKey,
  newKey: CryptoKey,
  randomBytes: RandomBytes,
): Promise<SecretRow[]> {
  const rows = await db.secrets.toArray();
  const resealed = await Promise.all(
    rows.map(async ({ id, sealed }) => {
      const plaintext = await open(oldKey, sealed, secretContext(id));
      return plaintext ? { id, sealed: await seal(newKey, plaintext, secretContext(id), randomBytes) } : null;
    }),
  );
  return resealed.filter((row) => row !== null);
}
