import { describe, expect, it } from 'vitest';
import { accountData, type AccountData } from '../../otp/account';
import { base32Encode } from '../../otp/secret';
import { seededRandomBytes } from '../../vault/__tests__/helpers';
import { aegisExport } from '../exporters/aegis';
import { googleMigrationExport } from '../exporters/google-migration';
import { otpauthList } from '../exporters/otpauth-list';
import { decodeMigrationUri } from '../google-migration';
import { decodeImport } from '../import';

const accounts = [
  accountData({
    secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
    issuer: 'bitFlyer',
    label: 'taro@example.jp',
    algorithm: 'SHA256',
    digits: 8,
    period: 60,
  }),
  accountData({
    type: 'hotp',
    secret: 'KRSXG5CTMVRXEZLUKRSXG5CT',
    issuer: 'Air Canada',
    label: 'Benjamin',
    counter: 50,
  }),
  accountData({ type: 'steam', secret: 'JRZCL47CMXVOQMNPZR2F7J4RGI', issuer: 'Steam', label: 'gabe' }),
];
const file = (name: string, text: string) => ({ name, text, bytes: new TextEncoder().encode(text) });
const essentials = (list: readonly { ok: boolean }[]) =>
  list.map((entry) => {
    const { type, secret, algorithm, digits, period, counter, issuer, label } = (
      entry as unknown as { account: (typeof accounts)[number] }
    ).account;
    return { type, secret, algorithm, digits, counter, issuer, label, ...(type === 'hotp' ? {} : { period }) };
  });
const expected = essentials(accounts.map((account) => ({ ok: true, account })));

describe('exports read back by the importers', () => {
  it('Aegis plain', async () => {
    const decoded = await decodeImport(file('aegis.json', await aegisExport(accounts, null, seededRandomBytes(3))));
    expect(decoded.format.id).toBe('aegis');
    expect(essentials(decoded.entries)).toEqual(expected);
  });

  it('Aegis encrypted (scrypt N=2^15, AES-GCM), with its password only', async () => {
    const text = await aegisExport(accounts, 'phone password', seededRandomBytes(4));
    expect(text).not.toContain('JBSWY3DPEHPK3PXP');
    await expect(decodeImport(file('aegis.json', text), 'wrong')).rejects.toMatchObject({ code: 'wrong-password' });
    expect(essentials((await decodeImport(file('aegis.json', text), 'phone password')).entries)).toEqual(expected);
  });

  it('otpauth:// list', async () => {
    const decoded = await decodeImport(file('list.txt', otpauthList(accounts)));
    expect(decoded.format.id).toBe('otpauth-list');
    expect(essentials(decoded.entries)).toEqual(expected);
  });
});

describe('Google Authenticator transfer codes', () => {
  const many = Array.from({ length: 23 }, (_, index) =>
    accountData({
      type: index % 5 === 0 ? 'hotp' : 'totp',
      secret: base32Encode(new Uint8Array(20).fill(index + 1)),
      issuer: index % 2 ? 'bitFlyer' : '',
      label: `user${index}@example.jp`,
      algorithm: (['SHA1', 'SHA256', 'SHA512'] as const)[index % 3],
      digits: index % 4 === 0 ? 8 : 6,
      counter: index % 5 === 0 ? index * 7 : 0,
    }),
  );
  const comparable = ({ type, secret, algorithm, digits, counter, period, issuer, label }: AccountData) => ({
    type,
    secret,
    algorithm,
    digits,
    counter,
    period,
    issuer,
    label,
  });

  it('puts ten accounts in a code, all of one batch, and reads back the same', () => {
    const { uris, skipped } = googleMigrationExport(many, seededRandomBytes(8));
    expect(skipped).toEqual([]);
    expect(uris).toHaveLength(3);
    const batches = uris.map(decodeMigrationUri);
    expect(batches.map((batch) => batch.accounts.length)).toEqual([10, 10, 3]);
    expect(batches.map((batch) => batch.batch.index)).toEqual([0, 1, 2]);
    expect(new Set(batches.map((batch) => `${batch.batch.size}/${batch.batch.id}`)).size).toBe(1);
    expect(batches[0]!.batch.size).toBe(3);
    expect(batches.flatMap((batch) => batch.accounts).map(comparable)).toEqual(many.map(comparable));
  });

  it('leaves out, with the reason, what Google Authenticator cannot hold', () => {
    const { uris, skipped } = googleMigrationExport(accounts, seededRandomBytes(8));
    expect(skipped.map(({ account, reason }) => [account.issuer, reason])).toEqual([
      ['bitFlyer', 'period'],
      ['Steam', 'steam'],
    ]);
    expect(uris.flatMap((uri) => decodeMigrationUri(uri).accounts).map(comparable)).toEqual([comparable(accounts[1]!)]);
    const sevenDigits = accountData({ secret: 'JBSWY3DPEHPK3PXP', digits: 7 });
    expect(googleMigrationExport([sevenDigits], seededRandomBytes(1))).toMatchObject({
      uris: [],
      skipped: [{ reason: 'digits' }],
    });
  });
});

describe('the recovery kit in an Aegis export', () => {
  it('travels in the entry’s note, after the notes', async () => {
    const kraken = accountData({
      secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
      issuer: 'Kraken',
      notes: 'opened 2021',
      recoveryCodes: ['RC-1', 'RC-2'],
      recoveryKit: { 'master-key': 'KRAKEN-MASTER-7421', name: '' },
    });
    const file = JSON.parse(await aegisExport([kraken], null, seededRandomBytes(4)));
    expect(file.db.entries[0].note).toBe(
      'opened 2021\nOmamori recovery kit\nRecovery codes: RC-1 RC-2\nmaster-key: KRAKEN-MASTER-7421',
    );
  });
});
