import { FormatError } from './errors';

/*
 * Bounds on what a file may ask of us, checked before any key derivation or decoding
 * runs (documented in docs/vault-format.md, "Bounds on files read"). Derivation costs
 * are held to what the source app writes, at most 4× its default: enough for an app
 * that raises its defaults, never hours of synchronous WebAssembly.
 */

/** Far above any real export (thousands of accounts are a few MB). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Aegis writes scrypt N=2^15, r=8, p=1 in every password slot. */
const AEGIS_WORK = 2 ** 15 * 8 * 1;
export const AEGIS_SCRYPT = {
  /** N·r·p of one password slot. */
  minWork: AEGIS_WORK / 4,
  /** N·r·p of all the password slots tried together (memory 128·N·r ≤ 128 MiB). */
  maxTotalWork: AEGIS_WORK * 4,
  maxPasswordSlots: 4,
} as const;

/** andOTP writes PBKDF2-SHA1 with a random count in 140,000–160,000. */
export const ANDOTP_PBKDF2 = { writtenMin: 140_000, writtenMax: 160_000, min: 140_000 / 4, max: 160_000 * 4 } as const;

/** 2FAS derives with PBKDF2-SHA256 at a fixed 10,000 (the count is not in the file). */
export const TWOFAS_PBKDF2_ITERATIONS = 10_000;

/** Bitwarden's password-protected export: its own bounds on import (5,000–2,000,000; it writes 600,000). */
export const BITWARDEN_PBKDF2 = { min: 5_000, max: 2_000_000 } as const;

/**
 * Bitwarden with Argon2id: it writes 64 MiB × 3 passes × 4 lanes; memory in MiB (16 at
 * least, as Bitwarden accepts), passes 2–10, lanes 1–16, and memory × passes at most 4×
 * the default (768 MiB·pass).
 */
export const BITWARDEN_ARGON2 = {
  minMemoryMiB: 16,
  maxMemoryMiB: 256,
  minIterations: 2,
  maxIterations: 10,
  maxParallelism: 16,
  maxWork: 64 * 3 * 4,
} as const;

/** FreeOTP 2 wraps its master key with PBKDF2 (HMAC-SHA512 or -SHA1), 100,000 iterations. */
export const FREEOTP_PBKDF2 = { min: 100_000 / 4, max: 100_000 * 4 } as const;

/** Stratum (Authenticator Pro): costs fixed by the app, never read from the file. */
export const STRATUM_ARGON2 = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 4 } as const;
export const STRATUM_LEGACY_PBKDF2_ITERATIONS = 64_000;

/**
 * Ente Auth derives with libsodium's crypto_pwhash at its "sensitive" strength, memory ×
 * passes = 1 GiB × 4 always (256 MiB × 16 passes, or less memory and more passes on a
 * small phone). That is the bound too: no more than Ente writes, about 3 s of Argon2 (the
 * one import slower than a second, because Ente writes no less).
 */
export const ENTE_ARGON2 = { minMemoryBytes: 8 * 1024, maxMemoryBytes: 1024 ** 3, maxWork: 1024 ** 3 * 4 } as const;

/**
 * The Authenticator extension: the key is Argon2id of the password at 19 MiB × 2 passes,
 * 1 lane (fixed by the extension); the key check in the file carries its own costs,
 * which the extension writes the same: held to 4× that.
 */
export const AUTHENTICATOR_EXTENSION_ARGON2 = {
  memoryKiB: 19 * 1024,
  iterations: 2,
  parallelism: 1,
  maxMemoryKiB: 19 * 1024 * 4,
  maxIterations: 8,
  maxParallelism: 4,
  maxWork: 19 * 1024 * 2 * 4,
} as const;

/**
 * KeePass / KeePassXC KDBX: the KDF is tuned per database (KeePassXC benchmarks one
 * second of native, multi-threaded Argon2 on 64 MiB). Argon2 memory ≤ 1 GiB and memory ×
 * passes ≤ 4 GiB·pass (Ente's strength, about 3 s here); AES-KDF ≤ 60,000,000 rounds
 * (about a second of AES-CBC in WebCrypto).
 */
export const KDBX_KDF = {
  maxArgon2MemoryBytes: 1024 ** 3,
  maxArgon2Work: 1024 ** 3 * 4,
  maxArgon2Parallelism: 64,
  maxAesRounds: 60_000_000,
} as const;

/** What a zip (Proton Pass) may hold: entries, and bytes once inflated. */
export const ZIP_BOUNDS = { maxEntries: 1_000, maxInflatedBytes: MAX_FILE_BYTES } as const;

/** Omamori's own backups (and vault header): see vault/kdf.ts. */
export { OMAMORI_ARGON2 } from '../vault/kdf';

/** Salts and similar byte strings: what the apps write (12–256 bytes), with room. */
export const SALT_BYTES = { min: 8, max: 1024 } as const;

export function checkFileSize(bytes: number): void {
  if (bytes > MAX_FILE_BYTES) throw new FormatError('too-large', `${bytes} bytes`);
}

export const isIntegerIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
