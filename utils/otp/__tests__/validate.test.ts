import fc from 'fast-check';
import { Secret } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { expectedImportEntries } from '@/tests/support/fixture-files';
import { accountData, type AccountData } from '../account';
import { codeAt } from '../codes';
import type { OtpErrorCode } from '../errors';
import { ACCOUNT_LIMITS, validateAccount } from '../validate';

const SECRET = 'JBSWY3DPEHPK3PXP';
const valid = accountData({ secret: SECRET, issuer: 'bitFlyer', label: 'taro' });
const reason = (data: unknown): OtpErrorCode | null => {
  const check = validateAccount(data);
  return check.ok ? null : check.reason;
};

describe('validateAccount accepts real accounts', () => {
  it('every shared fixture vector', () => {
    for (const vector of expectedImportEntries()) {
      expect(validateAccount(accountData(vector)), vector.secret).toMatchObject({ ok: true });
    }
  });

  it('the RFC 4226 / 6238 seeds (20, 32 and 64 bytes) and an 80-bit Google key', () => {
    for (const seed of ['12345678901234567890', '12345678901234567890123456789012', '1234567890'.repeat(6) + '1234']) {
      expect(validateAccount(accountData({ secret: Secret.fromLatin1(seed).base32, digits: 8 })).ok).toBe(true);
    }
    expect(validateAccount(valid)).toEqual({ ok: true, value: valid });
  });

  it('answers with a copy holding only the account’s fields', () => {
    const check = validateAccount({ ...valid, id: 'x', extra: 1 });
    expect(check.ok && Object.keys(check.value).sort()).toEqual(Object.keys(valid).sort());
  });

  it('gives absent descriptive fields their defaults (rows written before they existed)', () => {
    const { preferredOn: _p, notes: _n, recoveryCodes: _r, ...older } = valid;
    expect(validateAccount(older)).toEqual({ ok: true, value: valid });
  });
});

describe('validateAccount refuses', () => {
  it.each<[string, unknown, OtpErrorCode]>([
    ['null', null, 'invalid-account'],
    ['a list', [valid], 'invalid-account'],
    ['type motp', { ...valid, type: 'motp' }, 'unsupported-type'],
    ['type constructor', { ...valid, type: 'constructor' }, 'unsupported-type'],
    ['type __proto__', { ...valid, type: '__proto__' }, 'unsupported-type'],
    ['type TOTP (not canonical)', { ...valid, type: 'TOTP' }, 'unsupported-type'],
    ['no secret', { ...valid, secret: '' }, 'missing-secret'],
    ['a numeric secret', { ...valid, secret: 12 }, 'missing-secret'],
    ['a lower-case secret', { ...valid, secret: SECRET.toLowerCase() }, 'invalid-secret'],
    ['a 50-bit secret', { ...valid, secret: 'JBSWY3DPEH' }, 'invalid-secret'],
    ['a truncated secret', { ...valid, secret: `${SECRET}A` }, 'invalid-secret'],
    ['a huge secret', { ...valid, secret: 'A'.repeat(416) }, 'invalid-secret'],
    ['MD5', { ...valid, algorithm: 'MD5' }, 'invalid-algorithm'],
    ['toString', { ...valid, algorithm: 'toString' }, 'invalid-algorithm'],
    [
      'Steam with SHA256',
      { ...accountData({ type: 'steam', secret: SECRET }), algorithm: 'SHA256' },
      'invalid-algorithm',
    ],
    ['0 digits', { ...valid, digits: 0 }, 'invalid-digits'],
    ['5 digits (not Steam)', { ...valid, digits: 5 }, 'invalid-digits'],
    ['11 digits', { ...valid, digits: 11 }, 'invalid-digits'],
    ['6.5 digits', { ...valid, digits: 6.5 }, 'invalid-digits'],
    ['"6" digits', { ...valid, digits: '6' }, 'invalid-digits'],
    ['Steam with 6 digits', { ...accountData({ type: 'steam', secret: SECRET }), digits: 6 }, 'invalid-digits'],
    ['period 0', { ...valid, period: 0 }, 'invalid-period'],
    ['period −30', { ...valid, period: -30 }, 'invalid-period'],
    ['period 301', { ...valid, period: 301 }, 'invalid-period'],
    ['period NaN', { ...valid, period: Number.NaN }, 'invalid-period'],
    ['counter −5', { ...valid, type: 'hotp', counter: -5 }, 'invalid-counter'],
    ['counter 2^53', { ...valid, type: 'hotp', counter: 2 ** 53 }, 'invalid-counter'],
    ['a long issuer', { ...valid, issuer: 'x'.repeat(257) }, 'invalid-issuer'],
    ['a numeric label', { ...valid, label: 5 }, 'invalid-label'],
    ['long notes', { ...valid, notes: 'x'.repeat(10_001) }, 'invalid-notes'],
    ['domains not a list', { ...valid, domains: 'bitflyer.com' }, 'invalid-domains'],
    ['an empty domain', { ...valid, domains: [''] }, 'invalid-domains'],
    ['too many preferred domains', { ...valid, preferredOn: Array(65).fill('a.jp') }, 'invalid-domains'],
    ['a numeric recovery code', { ...valid, recoveryCodes: [123] }, 'invalid-recovery-codes'],
  ])('%s', (_what, data, expected) => {
    expect(reason(data)).toBe(expected);
  });
});

describe('validateAccount and codes (property)', () => {
  const base32 = fc.stringMatching(/^[A-Z2-7]{1,420}$/);
  const loose = fc.record({
    type: fc.constantFrom('totp', 'hotp', 'steam', 'motp', 'constructor', 'TOTP', ''),
    secret: fc.oneof(base32, fc.string()),
    algorithm: fc.constantFrom('SHA1', 'SHA256', 'SHA512', 'MD5', 'sha1', '__proto__'),
    digits: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.double()),
    period: fc.oneof(fc.integer({ min: -2, max: 400 }), fc.double()),
    counter: fc.oneof(fc.integer({ min: -2, max: 100 }), fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 53, 2 ** 64)),
    issuer: fc.string({ maxLength: 300 }),
    label: fc.string({ maxLength: 300 }),
  });

  it('whatever it accepts gives a code of its length, at any moment', () => {
    fc.assert(
      fc.property(loose, fc.integer({ min: 0, max: 8.64e15 }), (data, now) => {
        const check = validateAccount(data);
        if (!check.ok) return;
        const code = codeAt(check.value, now);
        expect(code).toHaveLength(check.value.digits);
        expect(code).toMatch(check.value.type === 'steam' ? /^[23456789BCDFGHJKMNPQRTVWXY]{5}$/ : /^\d+$/);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('accepts every account within the limits', () => {
    const account = fc.record({
      type: fc.constantFrom('totp' as const, 'hotp' as const),
      secret: fc.stringMatching(/^[A-Z2-7]{16,410}$/).filter((text) => [0, 2, 4, 5, 7].includes(text.length % 8)),
      algorithm: fc.constantFrom('SHA1' as const, 'SHA256' as const, 'SHA512' as const),
      digits: fc.integer({ min: ACCOUNT_LIMITS.minDigits, max: ACCOUNT_LIMITS.maxDigits }),
      period: fc.integer({ min: ACCOUNT_LIMITS.minPeriod, max: ACCOUNT_LIMITS.maxPeriod }),
      counter: fc.maxSafeNat(),
    });
    fc.assert(
      fc.property(account, (fields) => {
        const data: AccountData = accountData(fields);
        expect(validateAccount(data)).toEqual({ ok: true, value: data });
      }),
      { numRuns: 500, seed: 12 },
    );
  });
});

describe('the recovery kit', () => {
  const base = accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'Kraken' });

  it('keeps short answers by item name, as data', () => {
    const kit = { 'master-key': 'K-1234', name: '山田太郎', constructor: 'x' };
    const check = validateAccount({ ...base, recoveryKit: kit });
    expect(check).toMatchObject({ ok: true, value: { recoveryKit: kit } });
    expect(check.ok && Object.getPrototypeOf(check.value.recoveryKit)).toBe(Object.prototype);
  });

  it.each([
    [{ __proto__x: 'a' }],
    [{ 'Bad Item': 'a' }],
    [{ name: 'x'.repeat(ACCOUNT_LIMITS.maxKitAnswerLength + 1) }],
    [
      Object.fromEntries(
        Array.from({ length: ACCOUNT_LIMITS.maxKitItems + 1 }, (_, index) => [
          `item-${'a'.repeat(index % 5)}${String.fromCharCode(97 + (index % 26))}${index > 25 ? 'z' : ''}`,
          'a',
        ]),
      ),
    ],
    [['a list']],
    [{ name: 42 }],
  ])('refuses %j', (recoveryKit) => {
    expect(validateAccount({ ...base, recoveryKit })).toMatchObject({ ok: false, reason: 'invalid-recovery-codes' });
  });
});
