import { accountData, OTP_ALGORITHMS, type AccountData, type OtpAlgorithm, type OtpType } from './account';
import { OtpError } from './errors';
import { normalizeSecret } from './secret';
import { checkedAccount, oneOf } from './validate';

// A QR code holds at most ~4,300 characters; a line of a list file rarely more than 1,000.
const MAX_URI_LENGTH = 16_384;

/**
 * Parses an `otpauth://totp|hotp|steam/...` key URI, tolerating what real exporters do:
 * `+` for a space in query values, padded or lower-case secrets, lower-case algorithm
 * names, the issuer in the label, the parameter or both (the parameter wins), Steam as
 * `otpauth://steam/`, `encoder=steam`, or Bitwarden's `steam://SECRET`. The account is
 * checked by validateAccount; every refusal is an OtpError.
 */
export function parseOtpauthUri(text: string): AccountData {
  if (text.length > MAX_URI_LENGTH) throw new OtpError('not-otpauth', 'too long');
  const input = text.trim();
  if (/^steam:\/\//i.test(input)) {
    return checkedAccount(
      accountData({ type: 'steam', secret: normalizeSecret(input.slice('steam://'.length)), issuer: 'Steam' }),
    );
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
  return checkedAccount(
    accountData({
      type,
      secret: normalizeSecret(secretParam),
      algorithm: algorithm(params.get('algorithm')),
      digits: type === 'steam' ? undefined : positiveInteger(params.get('digits'), 'invalid-digits'),
      period: positiveInteger(params.get('period'), 'invalid-period'),
      counter: type === 'hotp' ? counter(params.get('counter')) : undefined,
      issuer: params.get('issuer')?.trim() || issuer,
      label,
    }),
  );
}

function otpType(host: string, encoder: string | null): OtpType {
  const type = host.toLowerCase();
  if (type === 'steam' || (type === 'totp' && encoder?.toLowerCase() === 'steam')) return 'steam';
  if (type === 'totp' || type === 'hotp') return type;
  throw new OtpError('unsupported-type', type.slice(0, 24));
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
  const name = oneOf(OTP_ALGORITHMS, value.toUpperCase().replace('-', ''));
  if (name === undefined) throw new OtpError('invalid-algorithm', value.slice(0, 24));
  return name;
}

function counter(value: string | null): number {
  if (value === null) return 0;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)))
    throw new OtpError('invalid-counter', value.slice(0, 24));
  return Number(value);
}

function positiveInteger(value: string | null, code: 'invalid-period' | 'invalid-digits'): number | undefined {
  if (value === null || value === '') return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number <= 0)
    throw new OtpError(code, value.slice(0, 24));
  return number;
}
