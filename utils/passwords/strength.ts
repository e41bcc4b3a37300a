export type PasswordStrength = 'too-short' | 'weak' | 'fair' | 'strong';

const MIN_LENGTH = 8;
const COMMON = /^(password|passw0rd|qwerty|letmein|111111|123456|abc123|iloveyou|admin)/i;

/**
 * A hint, not a gate (beyond the minimum length): length and variety, with obvious
 * patterns (repeats, keyboard rows, "password…") marked down.
 */
export function passwordStrength(password: string): PasswordStrength {
  const length = [...password].length;
  if (length < MIN_LENGTH) return 'too-short';
  if (COMMON.test(password) || /^(.)\1+$/u.test(password) || /^\d+$/.test(password)) return 'weak';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((pattern) => pattern.test(password)).length;
  // Kana and kanji come from an alphabet of thousands: each counts double.
  const wide = [...password].filter((char) => char.codePointAt(0)! > 0x7f).length;
  const score = length + wide + classes * 3;
  if (score >= 26) return 'strong';
  if (score >= 18) return 'fair';
  return 'weak';
}
