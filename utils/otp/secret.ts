import { Secret } from 'otpauth';
import { OtpError } from './errors';

const BASE32 = /^[A-Z2-7]+$/;
// Base32 of whole bytes leaves 0, 2, 4, 5 or 7 characters in the last group of eight.
const VALID_TAIL_LENGTHS = new Set([0, 2, 4, 5, 7]);
const MIN_LENGTH = 8;

/**
 * A base32 secret as people paste it — spaces, dashes, lower case, `=` padding — made
 * canonical, or an `invalid-secret` error saying what is wrong.
 */
export function normalizeSecret(input: string): string {
  const secret = input.replace(/[\s-]/g, '').toUpperCase().replace(/=+$/, '');
  if (secret === '') throw new OtpError('missing-secret');
  if (!BASE32.test(secret)) throw new OtpError('invalid-secret', 'only letters A–Z and digits 2–7');
  if (secret.length < MIN_LENGTH) throw new OtpError('invalid-secret', 'too short');
  if (!VALID_TAIL_LENGTHS.has(secret.length % 8)) throw new OtpError('invalid-secret', 'truncated');
  return secret;
}

/** Bytes as canonical base32 (upper case, no padding), by otpauth. */
export function base32Encode(bytes: Uint8Array): string {
  return new Secret({ buffer: bytes.slice().buffer }).base32;
}
