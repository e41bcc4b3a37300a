import { KEY_BYTES, open, seal, type RandomBytes, type Sealed } from './crypto';
import { WrongPasswordError } from './errors';
import { SALT_BYTES, argon2idHere, deriveWrappingKey, type Argon2idDerive, type KdfCost, type KdfParams } from './kdf';

export const VAULT_FORMAT_VERSION = 1;
const WRAPPED_KEY_CONTEXT = 'omamori/vault-key/v1';

/** The vault key, wrapped by the password; the only way in. */
export interface KeyEnvelope {
  readonly kdf: KdfParams;
  readonly wrappedKey: Sealed;
}

/** Wraps `vaultKey` under a key derived from `password` with a fresh salt. */
export async function wrapVaultKey(
  vaultKey: Uint8Array,
  password: string,
  cost: KdfCost,
  randomBytes: RandomBytes,
  derive: Argon2idDerive = argon2idHere,
): Promise<KeyEnvelope> {
  const kdf: KdfParams = { ...cost, salt: randomBytes(SALT_BYTES) };
  const wrappingKey = await deriveWrappingKey(password, kdf, derive);
  const wrappedKey = await seal(wrappingKey, vaultKey, WRAPPED_KEY_CONTEXT, randomBytes);
  return { kdf, wrappedKey };
}

/** The vault key, or WrongPasswordError when `password` is not the one that wrapped it. */
export async function unwrapVaultKey(
  envelope: KeyEnvelope,
  password: string,
  derive: Argon2idDerive = argon2idHere,
): Promise<Uint8Array> {
  const wrappingKey = await deriveWrappingKey(password, envelope.kdf, derive);
  const key = await open(wrappingKey, envelope.wrappedKey, WRAPPED_KEY_CONTEXT);
  if (!key || key.length !== KEY_BYTES) throw new WrongPasswordError();
  return key;
}
