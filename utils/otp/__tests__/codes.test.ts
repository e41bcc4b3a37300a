import { Secret } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { accountData, type OtpAlgorithm } from '../account';
import { codeAt, timeStep } from '../codes';

const ascii = (text: string) => Secret.fromLatin1(text).base32;
const RFC_SEED = '12345678901234567890';
const SEEDS: Record<OtpAlgorithm, string> = {
  SHA1: ascii(RFC_SEED),
  SHA256: ascii(RFC_SEED.repeat(4).slice(0, 32)),
  SHA512: ascii(RFC_SEED.repeat(4).slice(0, 64)),
};

describe('RFC 4226 HOTP (appendix D)', () => {
  const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
  it.each(expected.map((code, counter) => [counter, code]))('counter %i → %s', (counter, code) => {
    expect(codeAt(accountData({ type: 'hotp', secret: SEEDS.SHA1, counter }), 0)).toBe(code);
  });
});

describe('RFC 6238 TOTP (appendix B)', () => {
  const table: [number, Record<OtpAlgorithm, string>][] = [
    [59, { SHA1: '94287082', SHA256: '46119246', SHA512: '90693936' }],
    [1111111109, { SHA1: '07081804', SHA256: '68084774', SHA512: '25091201' }],
    [1111111111, { SHA1: '14050471', SHA256: '67062674', SHA512: '99943326' }],
    [1234567890, { SHA1: '89005924', SHA256: '91819424', SHA512: '93441116' }],
    [2000000000, { SHA1: '69279037', SHA256: '90698825', SHA512: '38618901' }],
    [20000000000, { SHA1: '65353130', SHA256: '77737706', SHA512: '47863826' }],
  ];
  const cases = table.flatMap(([time, codes]) =>
    (Object.keys(codes) as OtpAlgorithm[]).map((algorithm) => [time, algorithm, codes[algorithm]] as const),
  );
  it.each(cases)('t=%i %s → %s', (time, algorithm, code) => {
    const params = accountData({ type: 'totp', secret: SEEDS[algorithm], algorithm, digits: 8 });
    expect(codeAt(params, time * 1000)).toBe(code);
  });
});

describe('Steam Guard', () => {
  const steam = accountData({ type: 'steam', secret: '63BEDWCQZKTQWPESARIERL5DTTQFCJTK' });
  it.each([
    [1511200518, 'FR8RV'],
    [1511200714, '9P3VP'],
  ])('t=%i → %s', (time, code) => {
    expect(codeAt(steam, time * 1000)).toBe(code);
  });
});

describe('timeStep', () => {
  it('bounds the step that holds the moment', () => {
    expect(timeStep(30, 59_000)).toEqual({ start: 30_000, end: 60_000 });
    expect(timeStep(30, 60_000)).toEqual({ start: 60_000, end: 90_000 });
    expect(timeStep(50, 1_000)).toEqual({ start: 0, end: 50_000 });
  });
});
