import { argon2id } from 'hash-wasm';
import { KEY_BYTES, importAesKey } from './crypto';
import { VaultError } from './errors';

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

/** What Omamori ever writes: Argon2id at most 4× the default work (64 MiB × 3 passes). */
export const OMAMORI_ARGON2 = {
  maxMemoryKiB: DEFAULT_KDF_COST.memoryKiB * 4,
  maxIterations: DEFAULT_KDF_COST.iterations * 4,
  maxParallelism: 4,
  /** memory × passes: 256 MiB once over, or 64 MiB twelve times, not both. */
  maxWork: DEFAULT_KDF_COST.memoryKiB * DEFAULT_KDF_COST.iterations * 4,
} as const;

const isIntegerIn = (value: number, min: number, max: number) =>
  Number.isInteger(value) && value >= min && value <= max;

/** Whether a stored cost is one Omamori could have written (and Argon2's minimum: 8 KiB a lane). */
export function isOmamoriCost({ algorithm, memoryKiB, iterations, parallelism }: KdfCost): boolean {
  return (
    algorithm === 'argon2id' &&
    isIntegerIn(parallelism, 1, OMAMORI_ARGON2.maxParallelism) &&
    isIntegerIn(memoryKiB, 8 * parallelism, OMAMORI_ARGON2.maxMemoryKiB) &&
    isIntegerIn(iterations, 1, OMAMORI_ARGON2.maxIterations) &&
    memoryKiB * iterations <= OMAMORI_ARGON2.maxWork
  );
}

/**
 * The key that wraps the vault key. The password is NFKC-normalised first, so a password
 * typed with the IME in full-width mode (ｐａｓｓ) opens what half-width (pass) made.
 */
export async function deriveWrappingKey(password: string, params: KdfParams): Promise<CryptoKey> {
  // A tampered header or file must not make the background derive for hours.
  if (!isOmamoriCost(params)) throw new VaultError('corrupt', 'key derivation cost outside what Omamori writes');
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
