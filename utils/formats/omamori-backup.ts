import { accountData, type AccountData } from '../otp/account';
import { fromBase64, toBase64 } from '../encoding';
import { decode, encode, importAesKey, open, seal, type RandomBytes } from '../vault/crypto';
import { WrongPasswordError } from '../vault/errors';
import { unwrapVaultKey, type KeyEnvelope } from '../vault/header';
import { FormatError } from './errors';

export const BACKUP_FORMAT = 'omamori-backup';
export const BACKUP_VERSION = 1;
const ACCOUNTS_CONTEXT = 'omamori/backup/v1';

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

export interface OpenedBackup {
  readonly createdAt: Date;
  readonly accounts: AccountData[];
}

/** The accounts of a backup; WrongPasswordError, or FormatError('corrupt') for a damaged file. */
export async function readBackup(text: string, password: string): Promise<OpenedBackup> {
  const file = parseBackup(text);
  const envelope: KeyEnvelope = {
    kdf: { ...file.kdf, salt: fromBase64(file.kdf.salt) },
    wrappedKey: { nonce: fromBase64(file.wrappedKey.nonce), ciphertext: fromBase64(file.wrappedKey.ciphertext) },
  };
  const vaultKey = await unwrapVaultKey(envelope, password).catch((error: unknown) => {
    throw error instanceof WrongPasswordError ? error : new FormatError('corrupt', String(error));
  });
  const plain = await open(
    await importAesKey(vaultKey),
    { nonce: fromBase64(file.accounts.nonce), ciphertext: fromBase64(file.accounts.ciphertext) },
    ACCOUNTS_CONTEXT,
  );
  if (!plain) throw new FormatError('corrupt', 'accounts do not decrypt');
  const accounts = JSON.parse(decode(plain)) as AccountData[];
  if (!Array.isArray(accounts) || accounts.length !== file.count) throw new FormatError('corrupt', 'account count');
  return { createdAt: new Date(file.createdAt), accounts: accounts.map((account) => accountData(account)) };
}

function parseBackup(text: string): BackupFile {
  let file: BackupFile;
  try {
    file = JSON.parse(text) as BackupFile;
  } catch {
    throw new FormatError('corrupt', 'not JSON');
  }
  if (file?.format !== BACKUP_FORMAT) throw new FormatError('unknown-format');
  if (file.version !== BACKUP_VERSION || file.kdf?.algorithm !== 'argon2id' || !file.wrappedKey || !file.accounts) {
    throw new FormatError('corrupt', 'missing fields or unknown version');
  }
  return file;
}
