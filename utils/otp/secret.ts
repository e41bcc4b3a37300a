import { Secret } from 'otpauth';
import { OtpError } from './errors';

const BASE32 = /^[A-Z2-7]+$/;
// Base32 of whole bytes leaves 0, 2, 4, 5 or 7 characters in the last group of eight.
const VALID_TAIL_LENGTHS = new Set([0, 2, 4, 5, 7]);

/**
 * Key sizes: 80 bits is the shortest real issuers hand out (Google's 16-character keys;
 * the shared Google export fixture has one); RFC 4226 asks for 128 and recommends 160.
 * 256 bytes is far above any HMAC block, and keeps a hostile key from costing anything.
 */
export const SECRET_BYTES = { min: 10, max: 256 } as const;
const MIN_CHARACTERS = Math.ceil((SECRET_BYTES.min * 8) / 5);
const MAX_CHARACTERS = Math.ceil((SECRET_BYTES.max * 8) / 5);
// What people paste may carry spaces, dashes and padding; past this it is not a key.
const MAX_PASTED_LENGTH = MAX_CHARACTERS * 2 + 8;

/**
 * A base32 secret as people paste it — spaces, dashes, lower case, `=` padding — made
 * canonical, or an `invalid-secret` error saying what is wrong.
 */
export function normalizeSecret(input: string): string {
  if (input.length > MAX_PASTED_LENGTH) throw new OtpError('invalid-secret', 'too long');
  const secret = input.replace(/[\s-]/g, '').toUpperCase().replace(/=+$/, '');
  if (secret === '') throw new OtpError('missing-secret');
  const problem = secretProblem(secret);
  if (problem) throw new OtpError('invalid-secret', problem);
  return secret;
}

/** What is wrong with a canonical base32 secret (upper case, unpadded), or null. */
export function secretProblem(secret: string): string | null {
  if (secret.length > MAX_CHARACTERS) return 'too long';
  if (!BASE32.test(secret)) return 'only letters A–Z and digits 2–7';
  if (secret.length < MIN_CHARACTERS) return 'too short';
  if (!VALID_TAIL_LENGTHS.has(secret.length % 8)) return 'truncated';
  return null;
}

/** Bytes as canonical base32 (upper case, no padding), by otpauth. */
export function base32Encode(bytes: Uint8Array): string {
  return new Secret({ buffer: bytes.slice().buffer }).base32;
}
