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

/** Omamori's own backups (and vault header): see vault/kdf.ts. */
export { OMAMORI_ARGON2 } from '../vault/kdf';

/** Salts and similar byte strings: what the apps write (12–256 bytes), with room. */
export const SALT_BYTES = { min: 8, max: 1024 } as const;

export function checkFileSize(bytes: number): void {
  if (bytes > MAX_FILE_BYTES) throw new FormatError('too-large', `${bytes} bytes`);
}

export const isIntegerIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
