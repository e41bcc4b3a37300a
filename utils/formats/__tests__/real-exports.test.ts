// Files as other apps really write them, each test the unlucky input that once failed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedImportEntries, FIXTURES } from '@/tests/support/fixture-files';
import { codeAt } from '../../otp/codes';
import { decodeImport, type DecodedEntry } from '../import';
import type { ImportFile } from '../importers/importer';
import * as write from './fixtures/writers';

const textFile = (name: string, text: string): ImportFile => ({ name, text, bytes: new TextEncoder().encode(text) });
const vectors = expectedImportEntries();
const secrets = (entries: readonly DecodedEntry[]) =>
  entries.map((entry) => (entry.ok ? entry.account.secret : entry.reason));

describe('Ente Auth: the encrypted export as Ente writes it', () => {
  it('opens a file whose only secretstream message carries the ordinary tag, not the final one', async () => {
    const lines = readFileSync(`${FIXTURES}imports/ente_auth.txt`, 'utf8');
    const text = await write.enteEncrypted(
      lines,
      'ente password',
      { memLimit: 8 * 1024 * 1024, opsLimit: 2 },
      undefined,
      'message',
    );
    const file = textFile('ente-auth-codes.txt', text);
    const decoded = await decodeImport(file, 'ente password');
    expect(decoded.format).toMatchObject({ id: 'ente', encrypted: true });
    expect(decoded.entries.every((entry) => entry.ok)).toBe(true);
    expect(decoded.entries).toHaveLength(7);
    await expect(decodeImport(file, 'not the password')).rejects.toMatchObject({ code: 'wrong-password' });
  });
});

describe('otpauth lists: every line accounted for', () => {
  it('keeps the secret of a line whose label holds an unencoded #', async () => {
    const line = 'otpauth://totp/Acme:alice#work@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Acme';
    const decoded = await decodeImport(textFile('codes.txt', `${line}\n`));
    expect(decoded.entries).toEqual([
      expect.objectContaining({
        ok: true,
        account: expect.objectContaining({
          secret: 'JBSWY3DPEHPK3PXP',
          issuer: 'Acme',
          label: 'alice#work@example.com',
        }),
      }),
    ]);
  });

  it('names an mOTP line, a Yandex Key line and a line that is no link in the report, each with its reason', async () => {
    // An Aegis plain-text export holding every kind Aegis keeps, and a stray line.
    const text = [
      readFileSync(`${FIXTURES}imports/plain.txt`, 'utf8').trim(),
      'motp://Acme:alice?secret=e3152afee62599c8&issuer=Acme&pin=1234',
      'otpauth://yaotp/Yandex:alice@yandex.ru?secret=LA2V6KMCGYMWWVEW64RNP3JA3IAAAAAAHTSG4HRZPI&issuer=Yandex&pin=5239&length=8',
      'JBSWY3DPEHPK3PXP',
      '',
    ].join('\n');
    const decoded = await decodeImport(textFile('aegis-export-uri.txt', text));
    expect(decoded.format.id).toBe('otpauth-list');
    const failed = decoded.entries.filter((entry) => !entry.ok);
    expect(failed).toEqual([
      { ok: false, name: 'Acme / alice', reason: 'unsupported-motp' },
      { ok: false, name: 'Yandex / alice@yandex.ru', reason: 'unsupported-yandex' },
      // Named by its line only: the line itself may be a secret.
      { ok: false, name: '#10', reason: 'not-an-account-line' },
    ]);
    expect(decoded.entries.filter((entry) => entry.ok)).toHaveLength(7);
  });

  it('reports a list of mOTP lines alone instead of calling the file unknown', async () => {
    const decoded = await decodeImport(textFile('motp.txt', 'motp://Acme:alice?secret=e3152afee62599c8\n'));
    expect(secrets(decoded.entries)).toEqual(['unsupported-motp']);
  });
});

describe('Proton Authenticator: the export, plain and password-protected', () => {
  const plain = readFileSync(`${FIXTURES}imports/proton_authenticator.json`, 'utf8');
  const expected = vectors.filter((vector) => plain.includes(vector.secret)).map((vector) => vector.secret);

  it("reads Proton's own plain export (Aegis's test file)", async () => {
    const decoded = await decodeImport(textFile('proton_authenticator.json', plain));
    expect(decoded.format).toMatchObject({ id: 'proton-authenticator', encrypted: false });
    expect(secrets(decoded.entries).sort()).toEqual([...expected].sort());
  });

  it('opens the same export protected by a password, and knows a wrong one', async () => {
    const file = textFile('proton-export.json', await write.protonAuthenticatorEncrypted(plain, 'proton password'));
    await expect(decodeImport(file)).rejects.toMatchObject({
      code: 'needs-password',
      format: { id: 'proton-authenticator', encrypted: true },
    });
    const decoded = await decodeImport(file, 'proton password');
    expect(secrets(decoded.entries).sort()).toEqual([...expected].sort());
    for (const entry of decoded.entries) {
      const vector = vectors.find((candidate) => entry.ok && candidate.secret === entry.account.secret);
      expect(entry.ok && entry.account.label).toBe(vector?.label);
    }
    await expect(decodeImport(file, 'proton passwort')).rejects.toMatchObject({ code: 'wrong-password' });
  });
});

describe('FreeOTP+: HOTP counters as FreeOTP+ means them', () => {
  it('shows next the code FreeOTP+ shows next: HOTP(counter), not HOTP(counter + 1)', async () => {
    // RFC 4226's secret; its appendix D gives HOTP(5) = 254676 and HOTP(6) = 287922.
    const secret = Array.from(new TextEncoder().encode('12345678901234567890'));
    const json = JSON.stringify({
      tokenOrder: ['RFC:4226'],
      tokens: [
        { algo: 'SHA1', counter: 5, digits: 6, issuerExt: 'RFC', label: '4226', period: 30, secret, type: 'HOTP' },
      ],
    });
    const [entry] = (await decodeImport(textFile('freeotp-backup.json', json))).entries;
    expect(entry?.ok && entry.account.counter).toBe(5);
    expect(entry?.ok && codeAt(entry.account, 0)).toBe('254676');
  });
});
