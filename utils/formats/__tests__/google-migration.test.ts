import { describe, expect, it } from 'vitest';
import { readFixture } from '@/tests/support/fixture-files';
import { codeAt } from '../../otp/codes';
import { decodeMigrationUri } from '../google-migration';

const sample = readFixture('imports/google_migration.txt')
  .split('\n')
  .find((line) => line.startsWith('otpauth-migration://'))!;

describe('decodeMigrationUri', () => {
  it('decodes the published sample', () => {
    const { accounts, batch } = decodeMigrationUri(sample);
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({
      type: 'totp',
      secret: 'JBSWY3DPEHPK3PXP',
      issuer: 'Example',
      label: 'alice@google.com',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    });
    expect(batch).toEqual({ size: 1, index: 0, id: 0 });
  });

  it('gives the sample’s code at 2009-11-10T23:00:00Z', () => {
    const [account] = decodeMigrationUri(sample).accounts;
    expect(codeAt(account!, Date.parse('2009-11-10T23:00:00Z'))).toBe('528064');
  });

  it.each([
    'otpauth-migration://offline',
    'otpauth-migration://offline?data=',
    'otpauth-migration://offline?data=not-protobuf!!',
    'otpauth-migration://offline?data=CgE%3D',
    'otpauth-migration://offline?data=Cg',
  ])('refuses %s', (uri) => {
    expect(() => decodeMigrationUri(uri)).toThrow(expect.objectContaining({ code: 'invalid-migration' }));
  });

  it('reports an account it cannot take and keeps the others of the batch', () => {
    const good = decodeMigrationUri(sample);
    // The sample's OtpParameters, then one with no secret (field 1, length 0).
    const data = atob(decodeURIComponent(sample.split('data=')[1]!));
    const both = btoa(`${data}\x0a\x00`);
    const batch = decodeMigrationUri(`otpauth-migration://offline?data=${encodeURIComponent(both)}`);
    expect(batch.accounts).toEqual(good.accounts);
    expect(batch.failed).toEqual([{ name: '?', reason: 'missing-secret' }]);
  });

  it.each<[string, number, string]>([
    ['an unknown algorithm (MD5)', 0x20, 'invalid-algorithm'],
    ['an unknown digit count', 0x28, 'invalid-digits'],
    ['an unknown type', 0x30, 'unsupported-type'],
  ])('refuses %s rather than taking a default', (_what, tag, reason) => {
    // One OtpParameters with the sample's secret and field `tag` set to 4 (MD5) / 3 / 3.
    const value = tag === 0x20 ? 4 : 3;
    const parameters = `\x0a\x0aHello!\xde\xad\xbe\xef${String.fromCharCode(tag, value)}`;
    const payload = btoa(`\x0a${String.fromCharCode(parameters.length)}${parameters}`);
    const batch = decodeMigrationUri(`otpauth-migration://offline?data=${encodeURIComponent(payload)}`);
    expect(batch).toMatchObject({ accounts: [], failed: [{ reason }] });
  });
});
