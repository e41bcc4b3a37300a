import { describe, expect, it } from 'vitest';
import { accountData } from '../../otp/account';
import { seededRandomBytes } from '../../vault/__tests__/helpers';
import { aegisExport } from '../exporters/aegis';
import { otpauthList } from '../exporters/otpauth-list';
import { decodeImport } from '../import';

const accounts = [
  accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'bitFlyer', label: 'taro@example.jp', algorithm: 'SHA256', digits: 8, period: 60 }),
  accountData({ type: 'hotp', secret: 'KRSXG5CTMVRXEZLUKRSXG5CT', issuer: 'Air Canada', label: 'Benjamin', counter: 50 }),
  accountData({ type: 'steam', secret: 'JRZCL47CMXVOQMNPZR2F7J4RGI', issuer: 'Steam', label: 'gabe' }),
];
const file = (name: string, text: string) => ({ name, text, bytes: new TextEncoder().encode(text) });
const essentials = (list: readonly { ok: boolean }[]) =>
  list.map((entry) => {
    const { type, secret, algorithm, digits, period, counter, issuer, label } = (entry as unknown as { account: (typeof accounts)[number] }).account;
    return { type, secret, algorithm, digits, counter, issuer, label, ...(type === 'hotp' ? {} : { period }) };
  });
const expected = essentials(accounts.map((account) => ({ ok: true, account })));

describe('exports read back by the importers', () => {
  it('Aegis plain', async () => {
    const decoded = await decodeImport(file('aegis.json', await aegisExport(accounts, null, seededRandomBytes(3))));
    expect(decoded.format).toBe('aegis');
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
    expect(decoded.format).toBe('otpauth-list');
    expect(essentials(decoded.entries)).toEqual(expected);
  });
});
