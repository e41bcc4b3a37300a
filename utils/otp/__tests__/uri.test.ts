import { describe, expect, it } from 'vitest';
import { expectedImportEntries, readFixture } from '@/tests/support/fixture-files';
import { OtpError, type OtpErrorCode } from '../errors';
import { normalizeSecret } from '../secret';
import { parseOtpauthUri } from '../uri';

const uriLines = (file: string) =>
  readFixture(file)
    .split('\n')
    .filter((line) => line.startsWith('otpauth://'));

describe('parseOtpauthUri against the shared fixtures', () => {
  const expected = expectedImportEntries();
  it.each(['imports/plain.txt', 'imports/ente_auth.txt'])('%s decodes to expected.json', (file) => {
    const lines = uriLines(file);
    expect(lines).toHaveLength(expected.length);
    for (const line of lines) {
      const account = parseOtpauthUri(line);
      const vector = expected.find((entry) => entry.secret === account.secret);
      expect(vector, line).toBeDefined();
      expect(account).toMatchObject({
        type: vector!.type,
        algorithm: vector!.algorithm,
        digits: vector!.digits,
        issuer: vector!.issuer,
        label: vector!.label,
        ...(vector!.type === 'hotp' ? { counter: vector!.counter } : { period: vector!.period }),
      });
    }
  });
});

describe('parseOtpauthUri deviations', () => {
  it('reads + as a space in query values', () => {
    expect(parseOtpauthUri('otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&issuer=Air+Canada').issuer).toBe('Air Canada');
  });

  it('takes padded, spaced and lower-case secrets', () => {
    const account = parseOtpauthUri('otpauth://totp/a?secret=jbsw%20y3dp%20ehpk%203pxp%3D%3D%3D');
    expect(account.secret).toBe('JBSWY3DPEHPK3PXP');
  });

  it('takes the issuer from the label when there is no parameter', () => {
    expect(parseOtpauthUri('otpauth://totp/bitFlyer:taro%40example.jp?secret=JBSWY3DPEHPK3PXP')).toMatchObject({
      issuer: 'bitFlyer',
      label: 'taro@example.jp',
    });
  });

  it('prefers the issuer parameter over the label prefix', () => {
    expect(parseOtpauthUri('otpauth://totp/Old%20Name:taro?secret=JBSWY3DPEHPK3PXP&issuer=bitFlyer')).toMatchObject({
      issuer: 'bitFlyer',
      label: 'taro',
    });
  });

  it('keeps a label without issuer as the label', () => {
    expect(parseOtpauthUri('otpauth://totp/taro?secret=JBSWY3DPEHPK3PXP')).toMatchObject({ issuer: '', label: 'taro' });
  });

  it('defaults to SHA1, 6 digits, 30 seconds', () => {
    expect(parseOtpauthUri('otpauth://totp/a?secret=JBSWY3DPEHPK3PXP')).toMatchObject({
      type: 'totp',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    });
  });

  it.each([
    'otpauth://steam/Steam:gabe?secret=JRZCL47CMXVOQMNPZR2F7J4RGI',
    'otpauth://totp/Steam:gabe?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&encoder=steam',
    'steam://JRZCL47CMXVOQMNPZR2F7J4RGI',
  ])('reads Steam: %s', (uri) => {
    expect(parseOtpauthUri(uri)).toMatchObject({ type: 'steam', digits: 5, algorithm: 'SHA1', period: 30 });
  });
});

describe('parseOtpauthUri errors', () => {
  const code = (uri: string): OtpErrorCode | undefined => {
    try {
      parseOtpauthUri(uri);
      return undefined;
    } catch (error) {
      return error instanceof OtpError ? error.code : undefined;
    }
  };
  it.each<[string, OtpErrorCode]>([
    ['https://bitflyer.com/', 'not-otpauth'],
    ['not a uri at all', 'not-otpauth'],
    ['otpauth://motp/a?secret=JBSWY3DPEHPK3PXP', 'unsupported-type'],
    ['otpauth://totp/a?issuer=x', 'missing-secret'],
    ['otpauth://totp/a?secret=NOT*BASE32', 'invalid-secret'],
    ['otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&algorithm=MD5', 'invalid-algorithm'],
    ['otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=4', 'invalid-digits'],
    ['otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=six', 'invalid-digits'],
    ['otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&period=0', 'invalid-period'],
    ['otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP&counter=-1', 'invalid-counter'],
  ])('%s → %s', (uri, expected) => {
    expect(code(uri)).toBe(expected);
  });
});

describe('normalizeSecret', () => {
  it('canonicalises what people paste', () => {
    expect(normalizeSecret(' jbsw y3dp-ehpk 3pxp== ')).toBe('JBSWY3DPEHPK3PXP');
  });

  it.each([
    ['', 'missing-secret'],
    ['JBSWY3DP1HPK3PXP', 'invalid-secret'],
    ['JBSW', 'invalid-secret'],
    ['JBSWY3DPE', 'invalid-secret'],
  ])('%j is refused (%s)', (input, expected) => {
    expect(() => normalizeSecret(input)).toThrow(expect.objectContaining({ code: expected }));
  });
});
