import { describe, expect, it } from 'vitest';
import { OTP_ALGORITHMS, OTP_TYPES, parseOtpAlgorithm, parseOtpType } from '@/utils/otp/account';
import { AUTO_LOCK_CHOICES, parseAutoLockMinutes } from '@/utils/settings';

// A <select>'s value is a string whatever its options say: these parsers, not casts, turn it into a choice.
describe('form values', () => {
  it('reads every OTP type and algorithm the forms offer, and nothing else', () => {
    for (const type of OTP_TYPES) expect(parseOtpType(type)).toBe(type);
    for (const algorithm of OTP_ALGORITHMS) expect(parseOtpAlgorithm(algorithm)).toBe(algorithm);
    for (const other of ['', 'TOTP', 'motp', 'sha1', 'MD5', 'SHA1 ']) {
      expect(parseOtpType(other)).toBeUndefined();
      expect(parseOtpAlgorithm(other)).toBeUndefined();
    }
  });

  it('reads every auto-lock choice, and no other number (an empty value is not 0)', () => {
    for (const choice of AUTO_LOCK_CHOICES) expect(parseAutoLockMinutes(String(choice))).toBe(choice);
    for (const other of ['', ' ', '2', '15.0', '-1', 'Infinity', '1e1'])
      expect(parseAutoLockMinutes(other)).toBeUndefined();
  });
});
