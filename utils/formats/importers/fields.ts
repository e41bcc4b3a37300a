import { accountData, OTP_ALGORITHMS, type AccountData, type OtpAlgorithm, type OtpType } from '../../otp/account';
import { OtpError } from '../../otp/errors';
import { normalizeSecret } from '../../otp/secret';

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

const TYPES: Record<string, OtpType> = { totp: 'totp', hotp: 'hotp', steam: 'steam' };

/** An account from loosely typed fields, or an OtpError saying which field is wrong. */
export function accountFromFields(fields: LooseFields): AccountData {
  const type = TYPES[String(fields.type ?? 'totp').toLowerCase()];
  if (!type) throw new OtpError('unsupported-type', String(fields.type));
  if (typeof fields.secret !== 'string') throw new OtpError('missing-secret');
  const algorithm = String(fields.algorithm ?? 'SHA1').toUpperCase().replace('-', '') as OtpAlgorithm;
  if (!OTP_ALGORITHMS.includes(algorithm)) throw new OtpError('invalid-algorithm', algorithm);
  const digits = fields.digits === undefined || fields.digits === null ? undefined : Number(fields.digits);
  if (type !== 'steam' && digits !== undefined && !(Number.isInteger(digits) && digits >= 6 && digits <= 8)) {
    throw new OtpError('invalid-digits', String(fields.digits));
  }
  const period = fields.period === undefined || fields.period === null ? undefined : Number(fields.period);
  if (period !== undefined && !(Number.isInteger(period) && period > 0)) throw new OtpError('invalid-period', String(period));
  const counter = Number(fields.counter ?? 0);
  if (!Number.isSafeInteger(counter) || counter < 0) throw new OtpError('invalid-counter', String(fields.counter));
  return accountData({
    type,
    secret: normalizeSecret(fields.secret),
    algorithm,
    digits,
    period,
    counter: type === 'hotp' ? counter : 0,
    issuer: typeof fields.issuer === 'string' ? fields.issuer : '',
    label: typeof fields.label === 'string' ? fields.label : '',
  });
}
