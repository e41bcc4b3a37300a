import { Reader } from 'protobufjs/minimal';
import { accountData, type AccountData, type OtpAlgorithm, type OtpType } from '../otp/account';
import { OtpError, type OtpErrorCode } from '../otp/errors';
import { base32Encode, SECRET_BYTES } from '../otp/secret';
import { checkedAccount } from '../otp/validate';
import { FormatError } from './errors';
import { base64Bytes } from './importers/importer';

/*
 * Google Authenticator's export payload, as published:
 *   MigrationPayload { repeated OtpParameters otp_parameters = 1; int32 version = 2;
 *     int32 batch_size = 3; int32 batch_index = 4; int32 batch_id = 5; }
 *   OtpParameters { bytes secret = 1; string name = 2; string issuer = 3;
 *     Algorithm algorithm = 4; DigitCount digits = 5; OtpType type = 6; int64 counter = 7; }
 *   Algorithm { UNSPECIFIED = 0; SHA1 = 1; SHA256 = 2; SHA512 = 3; MD5 = 4; }
 *   DigitCount { UNSPECIFIED = 0; SIX = 1; EIGHT = 2; }   OtpType { UNSPECIFIED = 0; HOTP = 1; TOTP = 2; }
 * Read with protobufjs's wire Reader: its reflection API generates code with `new
 * Function`, which the extension's CSP (rightly) forbids. Enum values are looked up in
 * Maps: an unknown value is refused, never taken for a default.
 */
const ALGORITHMS = new Map<number, OtpAlgorithm>([
  [0, 'SHA1'],
  [1, 'SHA1'],
  [2, 'SHA256'],
  [3, 'SHA512'],
]);
const DIGITS = new Map<number, number>([
  [0, 6],
  [1, 6],
  [2, 8],
]);
const TYPES = new Map<number, OtpType>([
  [0, 'totp'],
  [1, 'hotp'],
  [2, 'totp'],
]);

const WIRE_VARINT = 0;
const WIRE_BYTES = 2;
// A transfer QR holds at most 10 accounts in ~2 KB; a hand-made line may hold more.
const MAX_DATA_LENGTH = 1024 * 1024;

interface OtpParameters {
  secret: Uint8Array;
  name: string;
  issuer: string;
  algorithm: number;
  digits: number;
  type: number;
  counter: number;
}

/** One account of a batch that cannot be taken, and why; the others still are. */
export interface MigrationFailure {
  readonly name: string;
  readonly reason: OtpErrorCode;
}

export interface MigrationBatch {
  readonly accounts: AccountData[];
  readonly failed: MigrationFailure[];
  /** Which QR of a multi-QR export this is (index from 0). */
  readonly batch: { readonly size: number; readonly index: number; readonly id: number };
}

export const MIGRATION_PREFIX = 'otpauth-migration://offline';

/**
 * Every account of one Google Authenticator export QR, decoded with protobufjs and each
 * checked by validateAccount. A payload that does not decode is FormatError('invalid-migration').
 */
export function decodeMigrationUri(uri: string): MigrationBatch {
  const payload = readPayload(payloadBytes(uri));
  if (payload.parameters.length === 0) throw new FormatError('invalid-migration', 'no accounts');
  const accounts: AccountData[] = [];
  const failed: MigrationFailure[] = [];
  for (const parameters of payload.parameters) {
    try {
      accounts.push(toAccount(parameters));
    } catch (error) {
      if (!(error instanceof OtpError)) throw error;
      failed.push({ name: nameOf(parameters), reason: error.code });
    }
  }
  return { accounts, failed, batch: payload.batch };
}

function payloadBytes(uri: string): Uint8Array {
  const text = uri.trim();
  if (!text.toLowerCase().startsWith(MIGRATION_PREFIX))
    throw new FormatError('invalid-migration', 'not a migration URI');
  const data = new URLSearchParams(text.slice(MIGRATION_PREFIX.length).replace(/^[^?]*\??/, '')).get('data');
  if (!data) throw new FormatError('invalid-migration', 'no data');
  if (data.length > MAX_DATA_LENGTH) throw new FormatError('invalid-migration', 'too long');
  // URLSearchParams turned the base64 '+' into spaces; some exporters use base64url.
  const bytes = base64Bytes(data.replace(/ /g, '+').replace(/-/g, '+').replace(/_/g, '/'));
  if (!bytes) throw new FormatError('invalid-migration', 'data is not base64');
  return bytes;
}

/** protobufjs throws RangeError and plain Errors on truncated or malformed wire data. */
function readPayload(bytes: Uint8Array) {
  try {
    return readMessage(bytes);
  } catch (error) {
    throw new FormatError('invalid-migration', error instanceof Error ? error.message : 'unreadable');
  }
}

function readMessage(bytes: Uint8Array) {
  const reader = Reader.create(bytes);
  const parameters: OtpParameters[] = [];
  let size = 1;
  let index = 0;
  let id = 0;
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    const field = tag >>> 3;
    const wire = tag & 7;
    if (field === 1 && wire === WIRE_BYTES) parameters.push(readParameters(reader, reader.uint32()));
    else if (field === 3 && wire === WIRE_VARINT) size = reader.int32();
    else if (field === 4 && wire === WIRE_VARINT) index = reader.int32();
    else if (field === 5 && wire === WIRE_VARINT) id = reader.int32();
    else reader.skipType(wire);
  }
  // A batch header that makes no sense is dropped (the accounts are still good).
  const batch = size >= 1 && index >= 0 && index < size ? { size, index, id } : { size: 1, index: 0, id };
  return { parameters, batch };
}

function readParameters(reader: Reader, length: number): OtpParameters {
  const end = reader.pos + length;
  if (end > reader.len) throw new RangeError('OtpParameters past the end');
  const parameters: OtpParameters = {
    secret: new Uint8Array(),
    name: '',
    issuer: '',
    algorithm: 0,
    digits: 0,
    type: 0,
    counter: 0,
  };
  while (reader.pos < end) {
    const tag = reader.uint32();
    const field = tag >>> 3;
    const wire = tag & 7;
    if (wire === WIRE_BYTES && field === 1) parameters.secret = reader.bytes();
    else if (wire === WIRE_BYTES && field === 2) parameters.name = reader.string();
    else if (wire === WIRE_BYTES && field === 3) parameters.issuer = reader.string();
    else if (wire === WIRE_VARINT && field === 4) parameters.algorithm = reader.int32();
    else if (wire === WIRE_VARINT && field === 5) parameters.digits = reader.int32();
    else if (wire === WIRE_VARINT && field === 6) parameters.type = reader.int32();
    else if (wire === WIRE_VARINT && field === 7) parameters.counter = int64(reader);
    else reader.skipType(wire);
  }
  if (reader.pos !== end) throw new RangeError('OtpParameters overran its length');
  return parameters;
}

/** int64 as a number when exact; NaN otherwise (validateAccount refuses the counter). */
function int64(reader: Reader): number {
  const value = Number(reader.int64());
  return Number.isSafeInteger(value) ? value : Number.NaN;
}

function nameOf(parameters: OtpParameters): string {
  const name = parameters.name.trim() || parameters.issuer.trim() || '?';
  return name.length > 80 ? `${name.slice(0, 79)}…` : name;
}

function toAccount(parameters: OtpParameters): AccountData {
  const issuer = parameters.issuer.trim();
  const name = parameters.name.trim();
  const label = issuer && name.startsWith(`${issuer}:`) ? name.slice(issuer.length + 1).trim() : name;
  if (parameters.secret.length === 0) throw new OtpError('missing-secret');
  if (parameters.secret.length > SECRET_BYTES.max) throw new OtpError('invalid-secret', 'too long');
  const type = TYPES.get(parameters.type);
  if (type === undefined) throw new OtpError('unsupported-type', String(parameters.type));
  const algorithm = ALGORITHMS.get(parameters.algorithm);
  if (algorithm === undefined) throw new OtpError('invalid-algorithm', String(parameters.algorithm));
  const digits = DIGITS.get(parameters.digits);
  if (digits === undefined) throw new OtpError('invalid-digits', String(parameters.digits));
  return checkedAccount(
    accountData({
      type,
      secret: base32Encode(parameters.secret),
      algorithm,
      digits,
      counter: type === 'hotp' ? parameters.counter : 0,
      issuer,
      label,
    }),
  );
}
