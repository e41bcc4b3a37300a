import { HOTP, Secret, TOTP } from 'otpauth';
import type { OtpParams } from './account';

const STEAM_ALPHABET = '23456789BCDFGHJKMNPQRTVWXY';

// Every popup open asks for every account's current and next code; within one time step
// they are the same, so the background remembers them (it holds the plain accounts anyway)
// until the vault locks.
const decodedSecrets = new Map<string, Secret>();
const recentCodes = new Map<string, string>();
const MAX_REMEMBERED_CODES = 4096;

function decodeSecret(base32: string): Secret {
  let secret = decodedSecrets.get(base32);
  if (!secret) {
    // Bounded like the codes: a check of a large backup must not keep every key it saw.
    if (decodedSecrets.size >= MAX_REMEMBERED_CODES) decodedSecrets.clear();
    decodedSecrets.set(base32, (secret = Secret.fromBase32(base32)));
  }
  return secret;
}

/** Forgets decoded secrets and computed codes: called when the vault locks. */
export function forgetCodeCache(): void {
  decodedSecrets.clear();
  recentCodes.clear();
}

/** The code `params` give at `timestampMs` (HOTP: at its stored counter); `params` pass validateAccount. */
export function codeAt(params: OtpParams, timestampMs: number): string {
  const moment = params.type === 'hotp' ? params.counter : Math.floor(timestampMs / 1000 / params.period);
  const key = `${params.type}:${params.algorithm}:${params.digits}:${params.period}:${params.secret}:${moment}`;
  let code = recentCodes.get(key);
  if (code === undefined) {
    if (recentCodes.size >= MAX_REMEMBERED_CODES) recentCodes.clear();
    recentCodes.set(key, (code = computeCode(params, timestampMs)));
  }
  return code;
}

function computeCode(params: OtpParams, timestampMs: number): string {
  const secret = decodeSecret(params.secret);
  switch (params.type) {
    case 'hotp':
      return HOTP.generate({ secret, algorithm: params.algorithm, digits: params.digits, counter: params.counter });
    case 'totp':
      return TOTP.generate({
        secret,
        algorithm: params.algorithm,
        digits: params.digits,
        period: params.period,
        timestamp: timestampMs,
      });
    case 'steam':
      return steamCode(secret, Math.floor(timestampMs / 1000 / params.period));
  }
}

/** Start and end (ms) of the time step that holds `timestampMs`. */
export function timeStep(period: number, timestampMs: number): { start: number; end: number } {
  const length = period * 1000;
  const start = Math.floor(timestampMs / length) * length;
  return { start, end: start + length };
}

// Steam Guard takes the whole 31-bit truncated HOTP value (10 digits hold all of it) and
// spells it in base 26 over its own alphabet.
function steamCode(secret: Secret, counter: number): string {
  let value = Number(HOTP.generate({ secret, algorithm: 'SHA1', digits: 10, counter }));
  let code = '';
  for (let i = 0; i < 5; i += 1) {
    code += STEAM_ALPHABET[value % STEAM_ALPHABET.length];
    value = Math.floor(value / STEAM_ALPHABET.length);
  }
  return code;
}
