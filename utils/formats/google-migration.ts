import { Root, type Type } from 'protobufjs/light';
import { accountData, type AccountData, type OtpAlgorithm } from '../otp/account';
import { base32Encode } from '../otp/secret';
import { FormatError } from './errors';

/** Google Authenticator's export payload (`otpauth-migration://offline?data=`), as published. */
const SCHEMA = {
  nested: {
    MigrationPayload: {
      fields: {
        otpParameters: { rule: 'repeated', type: 'OtpParameters', id: 1 },
        version: { type: 'int32', id: 2 },
        batchSize: { type: 'int32', id: 3 },
        batchIndex: { type: 'int32', id: 4 },
        batchId: { type: 'int32', id: 5 },
      },
      nested: {
        OtpParameters: {
          fields: {
            secret: { type: 'bytes', id: 1 },
            name: { type: 'string', id: 2 },
            issuer: { type: 'string', id: 3 },
            algorithm: { type: 'int32', id: 4 },
            digits: { type: 'int32', id: 5 },
            type: { type: 'int32', id: 6 },
            counter: { type: 'int64', id: 7 },
          },
        },
      },
    },
  },
};

const ALGORITHMS: Record<number, OtpAlgorithm> = { 0: 'SHA1', 1: 'SHA1', 2: 'SHA256', 3: 'SHA512' };
const DIGITS: Record<number, number> = { 0: 6, 1: 6, 2: 8 };
const HOTP = 1;

let payloadType: Type | undefined;

export interface MigrationBatch {
  readonly accounts: AccountData[];
  /** Which QR of a multi-QR export this is (index from 0). */
  readonly batch: { readonly size: number; readonly index: number; readonly id: number };
}

export const MIGRATION_PREFIX = 'otpauth-migration://offline';

/** Every account of one Google Authenticator export QR, decoded with protobufjs. */
export function decodeMigrationUri(uri: string): MigrationBatch {
  const data = new URL(uri.trim()).searchParams.get('data');
  if (!uri.trim().startsWith(MIGRATION_PREFIX) || !data) throw new FormatError('invalid-migration', 'no data');
  let message: Record<string, unknown>;
  try {
    payloadType ??= Root.fromJSON(SCHEMA).lookupType('MigrationPayload');
    const bytes = Uint8Array.from(atob(data.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0));
    message = payloadType.toObject(payloadType.decode(bytes), { longs: Number, defaults: true });
  } catch (error) {
    throw new FormatError('invalid-migration', String(error));
  }
  const parameters = message.otpParameters as Record<string, unknown>[];
  if (parameters.length === 0) throw new FormatError('invalid-migration', 'no accounts');
  return {
    accounts: parameters.map(toAccount),
    batch: {
      size: Math.max(1, Number(message.batchSize)),
      index: Number(message.batchIndex),
      id: Number(message.batchId),
    },
  };
}

function toAccount(parameters: Record<string, unknown>): AccountData {
  const issuer = String(parameters.issuer ?? '').trim();
  const name = String(parameters.name ?? '').trim();
  const label = issuer && name.startsWith(`${issuer}:`) ? name.slice(issuer.length + 1).trim() : name;
  const secret = parameters.secret as Uint8Array;
  if (!secret?.length) throw new FormatError('invalid-migration', 'an account has no secret');
  const hotp = Number(parameters.type) === HOTP;
  return accountData({
    type: hotp ? 'hotp' : 'totp',
    secret: base32Encode(secret),
    algorithm: ALGORITHMS[Number(parameters.algorithm)] ?? 'SHA1',
    digits: DIGITS[Number(parameters.digits)] ?? 6,
    counter: hotp ? Number(parameters.counter) : 0,
    issuer,
    label,
  });
}
