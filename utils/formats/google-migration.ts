import { Reader } from 'protobufjs/minimal';
import { accountData, type AccountData, type OtpAlgorithm } from '../otp/account';
import { base32Encode } from '../otp/secret';
import { FormatError } from './errors';

/*
 * Google Authenticator's export payload, as published:
 *   MigrationPayload { repeated OtpParameters otp_parameters = 1; int32 version = 2;
 *     int32 batch_size = 3; int32 batch_index = 4; int32 batch_id = 5; }
 *   OtpParameters { bytes secret = 1; string name = 2; string issuer = 3;
 *     Algorithm algorithm = 4; DigitCount digits = 5; OtpType type = 6; int64 counter = 7; }
 * Read with protobufjs's wire Reader: its reflection API generates code with `new
 * Function`, which the extension's CSP (rightly) forbids.
 */
const ALGORITHMS: Record<number, OtpAlgorithm> = { 0: 'SHA1', 1: 'SHA1', 2: 'SHA256', 3: 'SHA512' };
const DIGITS: Record<number, number> = { 0: 6, 1: 6, 2: 8 };
const HOTP = 1;

interface OtpParameters {
  secret: Uint8Array;
  name: string;
  issuer: string;
  algorithm: number;
  digits: number;
  type: number;
  counter: number;
}

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
  let payload: ReturnType<typeof readPayload>;
  try {
    // URLSearchParams turned the base64 '+' into spaces; some exporters use base64url.
    const base64 = data.replace(/ /g, '+').replace(/-/g, '+').replace(/_/g, '/');
    payload = readPayload(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));
  } catch (error) {
    throw new FormatError('invalid-migration', String(error));
  }
  if (payload.parameters.length === 0) throw new FormatError('invalid-migration', 'no accounts');
  return { accounts: payload.parameters.map(toAccount), batch: payload.batch };
}

function readPayload(bytes: Uint8Array) {
  const reader = Reader.create(bytes);
  const parameters: OtpParameters[] = [];
  const batch = { size: 1, index: 0, id: 0 };
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    switch (tag >>> 3) {
      case 1:
        parameters.push(readParameters(reader, reader.uint32()));
        break;
      case 3:
        batch.size = Math.max(1, reader.int32());
        break;
      case 4:
        batch.index = reader.int32();
        break;
      case 5:
        batch.id = reader.int32();
        break;
      default:
        reader.skipType(tag & 7);
    }
  }
  return { parameters, batch };
}

function readParameters(reader: Reader, length: number): OtpParameters {
  const end = reader.pos + length;
  const parameters: OtpParameters = { secret: new Uint8Array(), name: '', issuer: '', algorithm: 0, digits: 0, type: 0, counter: 0 };
  while (reader.pos < end) {
    const tag = reader.uint32();
    switch (tag >>> 3) {
      case 1:
        parameters.secret = reader.bytes();
        break;
      case 2:
        parameters.name = reader.string();
        break;
      case 3:
        parameters.issuer = reader.string();
        break;
      case 4:
        parameters.algorithm = reader.int32();
        break;
      case 5:
        parameters.digits = reader.int32();
        break;
      case 6:
        parameters.type = reader.int32();
        break;
      case 7:
        parameters.counter = Number(reader.int64());
        break;
      default:
        reader.skipType(tag & 7);
    }
  }
  return parameters;
}

function toAccount(parameters: OtpParameters): AccountData {
  const issuer = parameters.issuer.trim();
  const name = parameters.name.trim();
  const label = issuer && name.startsWith(`${issuer}:`) ? name.slice(issuer.length + 1).trim() : name;
  if (parameters.secret.length === 0) throw new FormatError('invalid-migration', 'an account has no secret');
  const hotp = parameters.type === HOTP;
  return accountData({
    type: hotp ? 'hotp' : 'totp',
    secret: base32Encode(parameters.secret),
    algorithm: ALGORITHMS[parameters.algorithm] ?? 'SHA1',
    digits: DIGITS[parameters.digits] ?? 6,
    counter: hotp ? parameters.counter : 0,
    issuer,
    label,
  });
}
