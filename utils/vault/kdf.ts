import { argon2id } from 'hash-wasm';
import { KEY_BYTES, importAesKey } from './crypto';

/** Stored with the vault (and each backup) so they can be raised later. */
export interface KdfParams {
  readonly algorithm: 'argon2id';
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
  readonly salt: Uint8Array;
}

export type KdfCost = Omit<KdfParams, 'salt'>;

/** 64 MiB, 3 passes: about 0.3–0.6 s on a laptop, the unlock budget. */
export const DEFAULT_KDF_COST: KdfCost = { algorithm: 'argon2id', memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 };
export const SALT_BYTES = 16;

/**
 * The key that wraps the vault key. The password is NFKC-normalised first, so a password
 * typed with the IME in full-width mode (ｐａｓｓ) opens what half-width (pass) made.
 */
export async function deriveWrappingKey(password: string, params: KdfParams): Promise<CryptoKey> {
  const raw = await argon2id({
    password: password.normalize('NFKC'),
    salt: params.salt,
    memorySize: params.memoryKiB,
    iterations: params.iterations,
    parallelism: params.parallelism,
    hashLength: KEY_BYTES,
    outputType: 'binary',
  });
  return importAesKey(raw);
}
