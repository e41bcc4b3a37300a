import { Secret } from 'otpauth';
import { Writer } from 'protobufjs/minimal';
import type { AccountData, OtpAlgorithm } from '../../otp/account';
import type { RandomBytes } from '../../vault/crypto';
import { toBase64 } from '../../encoding';
import { MIGRATION_PREFIX } from '../google-migration';

/** Google Authenticator takes at most this many accounts per transfer QR code. */
const ACCOUNTS_PER_MIGRATION_CODE = 10;

// Enum values of the published MigrationPayload (see ../google-migration.ts).
const ALGORITHM: Record<OtpAlgorithm, number> = { SHA1: 1, SHA256: 2, SHA512: 3 };
const DIGITS: Record<number, number> = { 6: 1, 8: 2 };
const TYPE = { hotp: 1, totp: 2 } as const;

/** Why an account cannot travel to Google Authenticator: its payload has no field for it. */
export type MigrationSkipReason = 'steam' | 'period' | 'digits';

export interface MigrationExport {
  /** `otpauth-migration://offline?data=…`, one per QR code, in order. */
  readonly uris: string[];
  readonly skipped: { readonly account: AccountData; readonly reason: MigrationSkipReason }[];
}

function migrationSkipReason(account: AccountData): MigrationSkipReason | null {
  if (account.type === 'steam') return 'steam';
  if (account.type === 'totp' && account.period !== 30) return 'period';
  if (!(account.digits in DIGITS)) return 'digits';
  return null;
}

/** Google Authenticator "Transfer accounts" codes: ten accounts a code, one batch id. */
export function googleMigrationExport(accounts: readonly AccountData[], randomBytes: RandomBytes): MigrationExport {
  const skipped = accounts.flatMap((account) => {
    const reason = migrationSkipReason(account);
    return reason ? [{ account, reason }] : [];
  });
  const exportable = accounts.filter((account) => !migrationSkipReason(account));
  const batches: AccountData[][] = [];
  for (let start = 0; start < exportable.length; start += ACCOUNTS_PER_MIGRATION_CODE) {
    batches.push(exportable.slice(start, start + ACCOUNTS_PER_MIGRATION_CODE));
  }
  const idBytes = randomBytes(4);
  const batchId = new DataView(idBytes.buffer, idBytes.byteOffset, 4).getInt32(0) & 0x7fffffff;
  const uris = batches.map((batch, index) => {
    const payload = writePayload(batch, { size: batches.length, index, id: batchId });
    return `${MIGRATION_PREFIX}?data=${encodeURIComponent(toBase64(payload))}`;
  });
  return { uris, skipped };
}

function writePayload(
  accounts: readonly AccountData[],
  batch: { size: number; index: number; id: number },
): Uint8Array {
  const writer = Writer.create();
  for (const account of accounts) writeParameters(writer.uint32((1 << 3) | 2).fork(), account).ldelim();
  return writer
    .uint32((2 << 3) | 0)
    .int32(1)
    .uint32((3 << 3) | 0)
    .int32(batch.size)
    .uint32((4 << 3) | 0)
    .int32(batch.index)
    .uint32((5 << 3) | 0)
    .int32(batch.id)
    .finish();
}

function writeParameters(writer: Writer, account: AccountData): Writer {
  const name = account.issuer ? `${account.issuer}:${account.label}` : account.label;
  writer
    .uint32((1 << 3) | 2)
    .bytes(Secret.fromBase32(account.secret).bytes)
    .uint32((2 << 3) | 2)
    .string(name)
    .uint32((3 << 3) | 2)
    .string(account.issuer)
    .uint32((4 << 3) | 0)
    .int32(ALGORITHM[account.algorithm])
    .uint32((5 << 3) | 0)
    .int32(DIGITS[account.digits]!)
    .uint32((6 << 3) | 0)
    .int32(TYPE[account.type as 'hotp' | 'totp']);
  if (account.type === 'hotp') writer.uint32((7 << 3) | 0).int64(account.counter);
  return writer;
}
