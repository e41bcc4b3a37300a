// The opener's core, shared by the command line (cli.ts) and the offline page (page/):
// every step is the extension's own code (format, sync chunks, validation, exporters), so
// a file the extension writes and the file these open cannot drift apart.
import { isBackupText, readBackup, type BackupEntryFailure } from '../../../utils/backup/format';
import { fromSyncItems, MANIFEST_KEY } from '../../../utils/backup/sync-chunks';
import { otpauthUri } from '../../../utils/formats/exporters/otpauth-list';
import { FormatError } from '../../../utils/formats/errors';
import { MAX_FILE_BYTES } from '../../../utils/formats/bounds';
import { isRecord, parseJson } from '../../../utils/formats/importers/importer';
import type { AccountData } from '../../../utils/otp/account';
import { codeAt, timeStep } from '../../../utils/otp/codes';
import { WrongPasswordError } from '../../../utils/vault/errors';
import { argon2idHere, type Argon2idDerive } from '../../../utils/vault/kdf';

/** Why a file did not open: each has its own message (messages.ts). */
export type OpenFailure =
  | 'wrong-password'
  | 'no-password'
  /** Not JSON, or JSON of no shape Omamori writes. */
  | 'unknown-format'
  /** An Omamori file whose fields, tag or count do not hold: damaged or cut short. */
  | 'corrupt'
  | 'newer-format'
  | 'too-large'
  | 'unsupported-kdf'
  /** A sync copy whose chunks are not all the ones its manifest names (half synced). */
  | 'sync-incomplete';

/** What the file was: a backup (Downloads, WebDAV, an export) or the browser's sync copy. */
export type FileKind = 'backup' | 'sync';

export type Opened =
  | {
      readonly ok: true;
      readonly kind: FileKind;
      readonly createdAt: Date;
      readonly accounts: readonly AccountData[];
      readonly failed: readonly BackupEntryFailure[];
    }
  | { readonly ok: false; readonly reason: OpenFailure };

type BackupText =
  { readonly ok: true; readonly kind: FileKind; readonly text: string } | Extract<Opened, { ok: false }>;

/**
 * The backup text inside `text`: the file itself, or the copy a sync export (the items of
 * `storage.sync` as one JSON object) holds in its chunks.
 */
export async function backupTextOf(text: string): Promise<BackupText> {
  if (text.length > MAX_FILE_BYTES) return { ok: false, reason: 'too-large' };
  const json = parseJson(text);
  // A backup or sync copy cut short is no longer JSON, but still says what it was.
  if (!isRecord(json)) return { ok: false, reason: isOurs(text) ? 'corrupt' : 'unknown-format' };
  if (!(MANIFEST_KEY in json)) return { ok: true, kind: 'backup', text };
  const read = await fromSyncItems(json);
  if (read.ok) return { ok: true, kind: 'sync', text: read.text };
  const reasons = {
    none: 'unknown-format',
    incomplete: 'sync-incomplete',
    'newer-format': 'newer-format',
    corrupt: 'corrupt',
  } as const;
  return { ok: false, reason: reasons[read.reason] };
}

const isOurs = (text: string) => isBackupText(text) || text.includes(`"${MANIFEST_KEY}"`);

/** Opens any file Omamori writes with its password; never throws for what the file holds. */
export async function openFile(text: string, password: string, derive: Argon2idDerive = argon2idHere): Promise<Opened> {
  if (password === '') return { ok: false, reason: 'no-password' };
  const found = await backupTextOf(text);
  if (!found.ok) return found;
  try {
    const { createdAt, accounts, failed } = await readBackup(found.text, password, derive);
    return { ok: true, kind: found.kind, createdAt, accounts, failed };
  } catch (error) {
    if (error instanceof WrongPasswordError) return { ok: false, reason: 'wrong-password' };
    if (error instanceof FormatError) return { ok: false, reason: failureOf(error) };
    throw error;
  }
}

function failureOf(error: FormatError): OpenFailure {
  switch (error.code) {
    case 'too-large':
    case 'unsupported-kdf':
    case 'unknown-format':
    case 'corrupt':
    case 'newer-format':
      return error.code;
    case 'wrong-password':
      return 'wrong-password';
    default:
      return 'corrupt';
  }
}

/** An account as the people who read it will: its link, its code now, the key in groups of four. */
export interface ShownAccount {
  readonly issuer: string;
  readonly label: string;
  readonly type: AccountData['type'];
  readonly uri: string;
  readonly setupKey: string;
  /** HOTP: the code at the stored counter. */
  readonly code: string;
  /** TOTP and Steam: when the code changes (ms); HOTP: null. */
  readonly changesAt: number | null;
}

export function showAccount(account: AccountData, now: number): ShownAccount {
  return {
    issuer: account.issuer,
    label: account.label,
    type: account.type,
    uri: otpauthUri(account),
    setupKey: account.secret.match(/.{1,4}/g)?.join(' ') ?? account.secret,
    code: codeAt(account, now),
    changesAt: account.type === 'hotp' ? null : timeStep(account.period, now).end,
  };
}
