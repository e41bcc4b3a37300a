import { accountData, OTP_ALGORITHMS, OTP_TYPES, type AccountData } from '../../otp/account';
import { OtpError } from '../../otp/errors';
import { normalizeSecret } from '../../otp/secret';
import { checkedAccount, oneOf } from '../../otp/validate';
import { textOf } from './importer';

/** The fields other apps store for an entry, under their own names and cases. */
export interface LooseFields {
  type?: unknown;
  secret?: unknown;
  algorithm?: unknown;
  digits?: unknown;
  period?: unknown;
  counter?: unknown;
  issuer?: unknown;
  label?: unknown;
}

/** An account from loosely typed fields, checked by validateAccount, or an OtpError. */
export function accountFromFields(fields: LooseFields): AccountData {
  const typeName = fields.type === undefined || fields.type === null ? 'totp' : textOf(fields.type)?.toLowerCase();
  const type = oneOf(OTP_TYPES, typeName);
  if (type === undefined) throw new OtpError('unsupported-type', typeName?.slice(0, 24) ?? typeof fields.type);
  if (typeof fields.secret !== 'string') throw new OtpError('missing-secret');
  const algorithmName = fields.algorithm === undefined || fields.algorithm === null ? 'SHA1' : textOf(fields.algorithm);
  const algorithm = oneOf(OTP_ALGORITHMS, algorithmName?.toUpperCase().replace('-', ''));
  if (algorithm === undefined)
    throw new OtpError('invalid-algorithm', algorithmName?.slice(0, 24) ?? typeof fields.algorithm);
  return checkedAccount(
    accountData({
      type,
      secret: normalizeSecret(fields.secret),
      algorithm,
      digits: looseNumber(fields.digits),
      period: looseNumber(fields.period),
      counter: type === 'hotp' ? (looseNumber(fields.counter) ?? 0) : 0,
      issuer: textOf(fields.issuer) ?? '',
      label: textOf(fields.label) ?? '',
    }),
  );
}

/** A number as apps store one (a number or its decimal text); absent is undefined, junk NaN. */
function looseNumber(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\s*\d{1,16}\s*$/.test(value)) return Number(value);
  return Number.NaN;
}
