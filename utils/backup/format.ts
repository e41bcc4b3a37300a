import type { AccountData } from '../otp/account';
import type { OtpErrorCode } from '../otp/errors';
import { validateAccount } from '../otp/validate';
import { toBase64 } from '../encoding';
import { decode, encode, importAesKey, KEY_BYTES, open, seal, type RandomBytes, type Sealed } from '../vault/crypto';
import { WrongPasswordError } from '../vault/errors';
import { unwrapVaultKey, type KeyEnvelope } from '../vault/header';
import { argon2idHere, isOmamoriCost, type Argon2idDerive, type KdfParams } from '../vault/kdf';
import { isIntegerIn, MAX_FILE_BYTES, SALT_BYTES } from '../formats/bounds';
import { FormatError } from '../formats/errors';
import { base64Bytes, entryName, isRecord, parseJson } from '../formats/importers/importer';

/** A backup file's name, by the moment it was written (the downloads copy's and WebDAV's). */
export function backupFilename(at: Date): string {
  return `omamori-backup-${at.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`;
}

export const BACKUP_FORMAT = 'omamori-backup';
export const BACKUP_VERSION = 1;
const ACCOUNTS_CONTEXT = 'omamori/backup/v1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
/** Far above any vault; a count past it is damage. */
const MAX_ACCOUNTS = 100_000;

/** The backup file (JSON); documented in docs/vault-format.md. */
export interface BackupFile {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: number;
  readonly createdAt: string;
  readonly count: number;
  readonly kdf: { algorithm: 'argon2id'; memoryKiB: number; iterations: number; parallelism: number; salt: string };
  readonly wrappedKey: { nonce: string; ciphertext: string };
  readonly accounts: { nonce: string; ciphertext: string };
}

/**
 * A backup needs no password to be written: it carries the vault's password-wrapped key
 * (as the vault header does) and the accounts encrypted under the vault key itself.
 */
export async function writeBackup(
  envelope: KeyEnvelope,
  vaultKey: Uint8Array,
  accounts: readonly AccountData[],
  createdAt: Date,
  randomBytes: RandomBytes,
): Promise<BackupFile> {
  const key = await importAesKey(vaultKey);
  const sealed = await seal(key, encode(JSON.stringify(accounts)), ACCOUNTS_CONTEXT, randomBytes);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: createdAt.toISOString(),
    count: accounts.length,
    kdf: { ...envelope.kdf, salt: toBase64(envelope.kdf.salt) },
    wrappedKey: { nonce: toBase64(envelope.wrappedKey.nonce), ciphertext: toBase64(envelope.wrappedKey.ciphertext) },
    accounts: { nonce: toBase64(sealed.nonce), ciphertext: toBase64(sealed.ciphertext) },
  };
}

export function isBackupText(text: string): boolean {
  return /"format"\s*:\s*"omamori-backup"/.test(text);
}

/** An account of the backup that is not a valid account (written by a buggy version). */
export interface BackupEntryFailure {
  readonly name: string;
  readonly reason: OtpErrorCode;
}

export interface OpenedBackup {
  readonly createdAt: Date;
  /** Every account that passes validateAccount. */
  readonly accounts: AccountData[];
  /** The others: reported, never restored. */
  readonly failed: BackupEntryFailure[];
}

interface ParsedBackup {
  readonly createdAt: Date;
  readonly count: number;
  readonly envelope: KeyEnvelope;
  readonly accounts: Sealed;
}

/**
 * The accounts of a backup. Throws WrongPasswordError, or a FormatError: 'unknown-format',
 * 'newer-format', 'too-large', 'unsupported-kdf' (costs refused before deriving), or
 * 'corrupt' for a damaged file. Never anything else.
 */
export async function readBackup(
  text: string,
  password: string,
  derive: Argon2idDerive = argon2idHere,
): Promise<OpenedBackup> {
  const { createdAt, entries } = await openBackupEntries(text, { password }, derive);
  const accounts: AccountData[] = [];
  const failed: BackupEntryFailure[] = [];
  for (const entry of entries) {
    const check = validateAccount(entry);
    if (check.ok) accounts.push(check.value);
    else failed.push({ name: isRecord(entry) ? entryName(entry.issuer, entry.label) : '?', reason: check.reason });
  }
  return { createdAt, accounts, failed };
}

/**
 * A backup's entries as written (unchecked: the caller validates each), opened with the
 * password or, for the sync copy of this very vault, with the vault key; and that key.
 * Throws as readBackup does; with a key that is not the backup's, WrongPasswordError.
 * `derive`: the vault's Argon2id (off the page's thread in Firefox, see kdf/thread.ts).
 */
export async function openBackupEntries(
  text: string,
  secret: { readonly password: string } | { readonly vaultKey: Uint8Array },
  derive: Argon2idDerive = argon2idHere,
): Promise<{ createdAt: Date; vaultKey: Uint8Array; entries: unknown[] }> {
  const file = parseBackup(text);
  const vaultKey =
    'vaultKey' in secret
      ? secret.vaultKey
      : await unwrapVaultKey(file.envelope, secret.password, derive).catch((error: unknown) => {
          throw error instanceof WrongPasswordError
            ? error
            : new FormatError('corrupt', error instanceof Error ? error.message : 'unwrap');
        });
  const plain = await open(await importAesKey(vaultKey), file.accounts, ACCOUNTS_CONTEXT);
  if (!plain) {
    if ('vaultKey' in secret) throw new WrongPasswordError();
    throw new FormatError('corrupt', 'accounts do not decrypt');
  }
  const entries = parseJson(decode(plain));
  if (!Array.isArray(entries) || entries.length !== file.count) throw new FormatError('corrupt', 'account count');
  return { createdAt: file.createdAt, vaultKey, entries };
}

/** The file's header, every field checked and every cost bounded before anything is derived. */
function parseBackup(text: string): ParsedBackup {
  if (text.length > MAX_FILE_BYTES) throw new FormatError('too-large');
  const file = parseJson(text);
  if (file === undefined) throw new FormatError('corrupt', 'not JSON');
  if (!isRecord(file) || file.format !== BACKUP_FORMAT) throw new FormatError('unknown-format');
  if (typeof file.version === 'number' && file.version > BACKUP_VERSION) throw new FormatError('newer-format');
  if (file.version !== BACKUP_VERSION) throw new FormatError('corrupt', 'version');
  const createdAt = typeof file.createdAt === 'string' ? new Date(file.createdAt) : new Date(Number.NaN);
  if (Number.isNaN(createdAt.getTime())) throw new FormatError('corrupt', 'createdAt');
  if (!isIntegerIn(file.count, 0, MAX_ACCOUNTS)) throw new FormatError('corrupt', 'count');
  const kdf = kdfParams(file.kdf);
  const wrappedKey = sealed(file.wrappedKey, KEY_BYTES + TAG_BYTES, KEY_BYTES + TAG_BYTES);
  const accounts = sealed(file.accounts, TAG_BYTES, MAX_FILE_BYTES);
  return { createdAt, count: file.count, envelope: { kdf, wrappedKey }, accounts };
}

/** Argon2id within what Omamori writes (vault/kdf.ts). */
function kdfParams(value: unknown): KdfParams {
  const kdf = isRecord(value) ? value : {};
  const { memoryKiB, iterations, parallelism } = kdf;
  const costOk =
    kdf.algorithm === 'argon2id' &&
    isIntegerIn(parallelism, 0, Infinity) &&
    isIntegerIn(memoryKiB, 0, Infinity) &&
    isIntegerIn(iterations, 0, Infinity) &&
    isOmamoriCost({ algorithm: 'argon2id', memoryKiB, iterations, parallelism });
  if (!costOk) throw new FormatError('unsupported-kdf', 'Argon2id costs Omamori does not write');
  const salt = base64Bytes(kdf.salt);
  if (!salt || salt.length < SALT_BYTES.min || salt.length > SALT_BYTES.max) throw new FormatError('corrupt', 'salt');
  return { algorithm: 'argon2id', memoryKiB, iterations, parallelism, salt };
}

function sealed(value: unknown, minBytes: number, maxBytes: number): Sealed {
  const record = isRecord(value) ? value : {};
  const nonce = base64Bytes(record.nonce);
  const ciphertext = base64Bytes(record.ciphertext);
  if (!nonce || nonce.length !== NONCE_BYTES) throw new FormatError('corrupt', 'nonce');
  if (!ciphertext || ciphertext.length < minBytes || ciphertext.length > maxBytes)
    throw new FormatError('corrupt', 'ciphertext');
  return { nonce, ciphertext };
}
