import { accountData, OTP_ALGORITHMS, type AccountData, type OtpAlgorithm, type OtpType } from './account';
import { OtpError } from './errors';
import { normalizeSecret } from './secret';

/**
 * Parses an `otpauth://totp|hotp|steam/...` key URI, tolerating what real exporters do:
 * `+` for a space in query values, padded or lower-case secrets, lower-case algorithm
 * names, the issuer in the label, the parameter or both (the parameter wins), Steam as
 * `otpauth://steam/`, `encoder=steam`, or Bitwarden's `steam://SECRET`.
 */
export function parseOtpauthUri(text: string): AccountData {
  const input = text.trim();
  if (/^steam:\/\//i.test(input)) {
    return accountData({ type: 'steam', secret: normalizeSecret(input.slice('steam://'.length)), issuer: 'Steam' });
  }
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new OtpError('not-otpauth');
  }
  if (url.protocol !== 'otpauth:') throw new OtpError('not-otpauth');
  const params = url.searchParams;
  const type = otpType(url.host, params.get('encoder'));
  const { issuer, label } = splitLabel(decodeLabel(url.pathname.replace(/^\//, '')));
  const secretParam = params.get('secret');
  if (!secretParam) throw new OtpError('missing-secret');
  return accountData({
    type,
    secret: normalizeSecret(secretParam),
    algorithm: algorithm(params.get('algorithm')),
    digits: type === 'steam' ? undefined : digits(params.get('digits')),
    period: positiveInteger(params.get('period'), 'invalid-period'),
    counter: type === 'hotp' ? counter(params.get('counter')) : undefined,
    issuer: params.get('issuer')?.trim() || issuer,
    label,
  });
}

function otpType(host: string, encoder: string | null): OtpType {
  const type = host.toLowerCase();
  if (type === 'steam' || (type === 'totp' && encoder?.toLowerCase() === 'steam')) return 'steam';
  if (type === 'totp' || type === 'hotp') return type;
  throw new OtpError('unsupported-type', type);
}

function decodeLabel(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function splitLabel(label: string): { issuer: string; label: string } {
  const colon = label.indexOf(':');
  if (colon < 0) return { issuer: '', label: label.trim() };
  return { issuer: label.slice(0, colon).trim(), label: label.slice(colon + 1).trim() };
}

function algorithm(value: string | null): OtpAlgorithm | undefined {
  if (value === null) return undefined;
  const name = value.toUpperCase().replace('-', '') as OtpAlgorithm;
  if (!OTP_ALGORITHMS.includes(name)) throw new OtpError('invalid-algorithm', value);
  return name;
}

function digits(value: string | null): number | undefined {
  const count = positiveInteger(value, 'invalid-digits');
  if (count !== undefined && (count < 6 || count > 8)) throw new OtpError('invalid-digits', String(count));
  return count;
}

function counter(value: string | null): number {
  if (value === null) return 0;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw new OtpError('invalid-counter', value);
  return Number(value);
}

function positiveInteger(value: string | null, code: 'invalid-period' | 'invalid-digits'): number | undefined {
  if (value === null || value === '') return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number <= 0) throw new OtpError(code, value);
  return number;
}
