import { describe, expect, it } from 'vitest';
import { readSharedFixture } from '@/tests/support/shared-fixtures';
import { codeAt } from '../../otp/codes';
import { decodeMigrationUri } from '../google-migration';

const sample = readSharedFixture('imports/google_migration.txt')
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
    'otpauth-migration://offline?data=CgA%3D',
  ])('refuses %s', (uri) => {
    expect(() => decodeMigrationUri(uri)).toThrow(expect.objectContaining({ code: 'invalid-migration' }));
  });
});
