import type { AccountData } from '../otp/account';
import { toBase64 } from '../encoding';
import {
  decode,
  encode,
  importAesKey,
  KEY_BYTES,
  keyId,
  open,
  seal,
  type RandomBytes,
  type Sealed,
} from '../vault/crypto';
import { WrongPasswordError } from '../vault/errors';
import { unwrapVaultKey, type KeyEnvelope } from '../vault/header';
import { argon2idHere, isOmamoriCost, type Argon2idDerive, type KdfParams } from '../vault/kdf';
import type { VaultContents } from '../vault/versions';
import { isIntegerIn, MAX_FILE_BYTES, SALT_BYTES } from '../formats/bounds';
import { FormatError } from '../formats/errors';
import { base64Bytes, isRecord, parseJson } from '../formats/importers/importer';
import { legacyContents, MAX_ENTRIES, parseContents, type BackupEntryFailure } from './contents';
import { deflate, inflate } from '../formats/deflate';

export type { BackupEntryFailure } from './contents';

/** A backup file's name, by the moment it was written (the downloads copy's and WebDAV's). */
export function backupFilename(at: Date): string {
  return `omamori-backup-${at.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`;
}

export const BACKUP_FORMAT = 'omamori-backup';
/** 1: accounts only, dates in the clear. 2: one sealed, deflated payload of everything (vault id, revision, trash, deletions, creation time). */
export const BACKUP_VERSION = 2;
const CONTEXT_V1 = 'omamori/backup/v1';
const CONTEXT_V2 = 'omamori/backup/v2';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** The backup file (JSON), version 2; documented in docs/backup-format.md. */
export interface BackupFile {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: typeof BACKUP_VERSION;
  /** In the clear only to say which vault this is before a password is typed; the sealed copy decides. */
  readonly vaultId: string;
  readonly kdf: { algorithm: 'argon2id'; memoryKiB: number; iterations: number; parallelism: number; salt: string };
  readonly wrappedKey: { nonce: string; ciphertext: string };
  readonly contents: { nonce: string; ciphertext: string };
}

/**
 * A backup needs no password to be written: it carries the vault's password-wrapped key
 * (as the vault header does) and its contents, deflated and sealed under the vault key.
 * Everything the reader trusts (dates, counts, revisions, deletions) is inside the seal.
 */
export async function writeBackup(
  envelope: KeyEnvelope,
  vaultKey: Uint8Array,
  contents: VaultContents,
  createdAt: Date,
  randomBytes: RandomBytes,
): Promise<BackupFile> {
  const key = await importAesKey(vaultKey);
  const payload = encode(JSON.stringify({ ...contents, createdAt: createdAt.getTime() }));
  const sealed = await seal(key, await deflate(payload), CONTEXT_V2, randomBytes);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    vaultId: contents.vaultId,
    kdf: { ...envelope.kdf, salt: toBase64(envelope.kdf.salt) },
    wrappedKey: { nonce: toBase64(envelope.wrappedKey.nonce), ciphertext: toBase64(envelope.wrappedKey.ciphertext) },
    contents: { nonce: toBase64(sealed.nonce), ciphertext: toBase64(sealed.ciphertext) },
  };
}

export function isBackupText(text: string): boolean {
  return /"format"\s*:\s*"omamori-backup"/.test(text);
}

export interface OpenedBackup {
  readonly version: number;
  /** Authenticated from version 2 on; version 1 wrote it in the clear. */
  readonly createdAt: Date;
  /** Null for version 1 files, which carry none. */
  readonly vaultId: string | null;
  readonly revision: number | null;
  /** Every account that passes validateAccount, in the vault's order. */
  readonly accounts: AccountData[];
  /** Accounts in the backup's trash (version 2). */
  readonly trash: AccountData[];
  /** The others: reported, never restored. */
  readonly failed: BackupEntryFailure[];
}

/** A backup opened whole: its contents with ids and revisions, and the vault key that sealed it. */
export interface OpenedContents {
  readonly version: number;
  readonly createdAt: Date;
  readonly vaultKey: Uint8Array;
  readonly contents: VaultContents;
  readonly failed: BackupEntryFailure[];
}

interface ParsedBackup {
  readonly version: 1 | 2;
  /** Version 1's plain date and count; version 2 keeps both inside. */
  readonly plain: { readonly createdAt: Date; readonly count: number } | null;
  readonly vaultId: string | null;
  readonly envelope: KeyEnvelope;
  readonly sealed: Sealed;
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
  const { version, createdAt, contents, failed } = await openBackup(text, { password }, derive);
  const data = ({
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    rev: _r,
    conflictOf: _x,
    ...account
  }: VaultContents['accounts'][number]) => account;
  return {
    version,
    createdAt,
    vaultId: version === 1 ? null : contents.vaultId,
    revision: version === 1 ? null : contents.revision,
    accounts: contents.accounts.map(data),
    trash: contents.trash.map(({ deletedAt: _d, ...entry }) => data(entry)),
    failed,
  };
}

/** Which vault a backup's plain header names (null: version 1, or not a backup), before any password. */
export function backupVaultId(text: string): string | null {
  try {
    return parseBackup(text).vaultId;
  } catch {
    return null;
  }
}

/**
 * A backup opened with the password or, for a copy of this very vault, with the vault key:
 * its contents, checked. Throws as readBackup does; with a key that is not the backup's,
 * WrongPasswordError. `derive`: the vault's Argon2id (off the page's thread in Firefox).
 */
export async function openBackup(
  text: string,
  secret: { readonly password: string } | { readonly vaultKey: Uint8Array },
  derive: Argon2idDerive = argon2idHere,
): Promise<OpenedContents> {
  const file = parseBackup(text);
  const vaultKey =
    'vaultKey' in secret
      ? secret.vaultKey
      : await unwrapVaultKey(file.envelope, secret.password, derive).catch((error: unknown) => {
          throw error instanceof WrongPasswordError
            ? error
            : new FormatError('corrupt', error instanceof Error ? error.message : 'unwrap');
        });
  const key = await importAesKey(vaultKey);
  const plain = await open(key, file.sealed, file.version === 1 ? CONTEXT_V1 : CONTEXT_V2);
  if (!plain) {
    if ('vaultKey' in secret) throw new WrongPasswordError();
    throw new FormatError('corrupt', 'contents do not decrypt');
  }
  if (file.plain) {
    const entries = parseJson(decode(plain));
    if (!Array.isArray(entries) || entries.length !== file.plain.count)
      throw new FormatError('corrupt', 'account count');
    const { createdAt } = file.plain;
    // A version 1 backup names no vault: the id a vault of that time takes (its key's id, see vault.ts).
    return {
      version: 1,
      createdAt,
      vaultKey,
      ...legacyContents(entries, createdAt.getTime(), await keyId(vaultKey)),
    };
  }
  const payload = parseJson(decode(await inflate(plain, MAX_FILE_BYTES)));
  const createdAt =
    isRecord(payload) && isIntegerIn(payload.createdAt, 0, 8.64e15) ? new Date(payload.createdAt) : null;
  if (!createdAt) throw new FormatError('corrupt', 'createdAt');
  const parsed = parseContents(payload);
  if (parsed.contents.vaultId !== file.vaultId) throw new FormatError('corrupt', 'vault id');
  return { version: 2, createdAt, vaultKey, ...parsed };
}

/** The file's header, every field checked and every cost bounded before anything is derived. */
function parseBackup(text: string): ParsedBackup {
  if (text.length > MAX_FILE_BYTES) throw new FormatError('too-large');
  const file = parseJson(text);
  if (file === undefined) throw new FormatError('corrupt', 'not JSON');
  if (!isRecord(file) || file.format !== BACKUP_FORMAT) throw new FormatError('unknown-format');
  if (typeof file.version === 'number' && file.version > BACKUP_VERSION) throw new FormatError('newer-format');
  if (file.version !== 1 && file.version !== 2) throw new FormatError('corrupt', 'version');
  const kdf = kdfParams(file.kdf);
  const wrappedKey = sealed(file.wrappedKey, KEY_BYTES + TAG_BYTES, KEY_BYTES + TAG_BYTES);
  const envelope = { kdf, wrappedKey };
  if (file.version === 2) {
    if (typeof file.vaultId !== 'string' || file.vaultId.length > 128) throw new FormatError('corrupt', 'vault id');
    return {
      version: 2,
      plain: null,
      vaultId: file.vaultId,
      envelope,
      sealed: sealed(file.contents, TAG_BYTES, MAX_FILE_BYTES),
    };
  }
  const createdAt = typeof file.createdAt === 'string' ? new Date(file.createdAt) : new Date(Number.NaN);
  if (Number.isNaN(createdAt.getTime())) throw new FormatError('corrupt', 'createdAt');
  if (!isIntegerIn(file.count, 0, MAX_ENTRIES)) throw new FormatError('corrupt', 'count');
  const accounts = sealed(file.accounts, TAG_BYTES, MAX_FILE_BYTES);
  return { version: 1, plain: { createdAt, count: file.count }, vaultId: null, envelope, sealed: accounts };
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
