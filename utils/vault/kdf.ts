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

/**
 * 128 MiB, 3 passes: Argon2id alone takes 350–450 ms here (2 cores, Chromium and Firefox
 * alike), a whole unlock of 200 accounts about 500 ms: 1.6× inside either end of the
 * 300–800 ms budget. Fixed, as Bitwarden does, not calibrated when the vault is made, as
 * KeePassXC does: the cost travels with every backup and the sync copy to the other
 * browser and computer, which may be slower (a cost timed on a fast desktop would pass
 * 800 ms there); one timing here spreads by a third from run to run (341–458 ms for one
 * cost), so a calibration would mostly measure noise; and the bounds below would have to
 * admit whatever the fastest machine chose. Memory rather than passes: for the same unlock
 * time, twice the memory is twice an attacker's memory × time (64 MiB × 6 takes about as long).
 */
export const DEFAULT_KDF_COST: KdfCost = {
  algorithm: 'argon2id',
  memoryKiB: 128 * 1024,
  iterations: 3,
  parallelism: 1,
};
/** What Omamori wrote before (about 175 ms here): still opens; a vault is raised on its next unlock. */
export const LEGACY_KDF_COST: KdfCost = { algorithm: 'argon2id', memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 };
export const SALT_BYTES = 16;

/**
 * What a vault header or backup may ask (a tampered file must not keep the background busy):
 * twice the default's memory and work (256 MiB, 768 MiB·pass: 0.75–0.93 s here), at most
 * 12 passes. The old cost and the default are both inside, with room for one later raise.
 */
export const OMAMORI_ARGON2 = {
  maxMemoryKiB: DEFAULT_KDF_COST.memoryKiB * 2,
  maxIterations: DEFAULT_KDF_COST.iterations * 4,
  maxParallelism: 4,
  /** memory × passes: 256 MiB three times, or 64 MiB twelve times, not both. */
  maxWork: DEFAULT_KDF_COST.memoryKiB * DEFAULT_KDF_COST.iterations * 2,
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

/** Whether a stored cost is below `target` (in memory, or in memory × passes): worth raising. */
export function isWeakerCost(stored: KdfCost, target: KdfCost): boolean {
  return (
    stored.memoryKiB < target.memoryKiB || stored.memoryKiB * stored.iterations < target.memoryKiB * target.iterations
  );
}

/**
 * Argon2id's 32 raw bytes for a cost already checked: here (`argon2idHere`), or on a thread
 * of its own (`vaultArgon2id` in utils/kdf/thread.ts). Injected, so the vault runs one code
 * path in both browsers.
 */
export type Argon2idDerive = (password: string, params: KdfParams) => Promise<Uint8Array>;

export const argon2idHere: Argon2idDerive = (password, params) =>
  argon2id({
    password,
    salt: params.salt,
    memorySize: params.memoryKiB,
    iterations: params.iterations,
    parallelism: params.parallelism,
    hashLength: KEY_BYTES,
    outputType: 'binary',
  });

/**
 * The key that wraps the vault key. The password is NFKC-normalised first, so a password
 * typed with the IME in full-width mode (ｐａｓｓ) opens what half-width (pass) made.
 */
export async function deriveWrappingKey(
  password: string,
  params: KdfParams,
  derive: Argon2idDerive = argon2idHere,
): Promise<CryptoKey> {
  // A tampered header or file must not make the background derive for hours.
  if (!isOmamoriCost(params)) throw new VaultError('corrupt', 'key derivation cost outside what Omamori writes');
  return importAesKey(await derive(password.normalize('NFKC'), params));
}
