import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedImportEntries, SHARED_FIXTURES } from '@/tests/support/shared-fixtures';
import { decodeImport, type DecodedEntry } from '../import';
import type { ImportFile } from '../importers/importer';

function fixture(name: string): ImportFile {
  const bytes = new Uint8Array(readFileSync(`${SHARED_FIXTURES}imports/${name}`));
  return { name, bytes, text: new TextDecoder().decode(bytes) };
}

const text = (name: string, content: string): ImportFile => ({ name, text: content, bytes: new TextEncoder().encode(content) });
const expected = expectedImportEntries();
const accounts = (entries: readonly DecodedEntry[]) => entries.flatMap((entry) => (entry.ok ? [entry.account] : []));

/** Every decoded account equals its vector in expected.json (matched by secret). */
function expectMatchesVectors(entries: readonly DecodedEntry[], { withNames = true } = {}) {
  expect(entries.every((entry) => entry.ok)).toBe(true);
  for (const account of accounts(entries)) {
    const vector = expected.find((entry) => entry.secret === account.secret);
    expect(vector, account.secret).toBeDefined();
    expect(account).toMatchObject({
      type: vector!.type,
      algorithm: vector!.algorithm,
      digits: vector!.digits,
      ...(vector!.type === 'hotp' ? { counter: vector!.counter } : { period: vector!.period }),
      ...(withNames ? { issuer: vector!.issuer, label: vector!.label } : {}),
    });
  }
}

describe('importing the other apps’ exports', () => {
  it.each([
    ['aegis_plain.json', 'aegis', undefined, 7],
    ['aegis_encrypted.json', 'aegis', 'test', 7],
    ['2fas_authenticator_plain_v4.2fas', '2fas', undefined, 5],
    ['2fas_authenticator_encrypted_v4.2fas', '2fas', 'test', 5],
    ['andotp_plain.json', 'andotp', undefined, 7],
    ['andotp_encrypted.bin', 'andotp', 'test', 7],
    ['ente_auth.txt', 'ente', undefined, 7],
    ['plain.txt', 'otpauth-list', undefined, 7],
  ])('%s (%s) decodes to expected.json', async (name, format, password, count) => {
    const decoded = await decodeImport(fixture(name), password);
    expect(decoded.format).toBe(format);
    expect(decoded.entries).toHaveLength(count);
    expectMatchesVectors(decoded.entries);
  });

  it('bitwarden.json decodes (its Steam entry carries only the secret)', async () => {
    const decoded = await decodeImport(fixture('bitwarden.json'));
    expect(decoded.format).toBe('bitwarden');
    expect(decoded.entries).toHaveLength(4);
    expectMatchesVectors(decoded.entries.filter((entry) => entry.ok && entry.account.type !== 'steam'));
    expectMatchesVectors(decoded.entries, { withNames: false });
  });

  it('google_migration.txt decodes to its account', async () => {
    const decoded = await decodeImport(fixture('google_migration.txt'));
    expect(decoded.format).toBe('google-migration');
    expect(accounts(decoded.entries)).toMatchObject([{ secret: 'JBSWY3DPEHPK3PXP', issuer: 'Example', label: 'alice@google.com' }]);
  });

  it('reads the Authenticator extension’s plain backup', async () => {
    const backup = {
      a1: { account: 'taro', issuer: 'bitFlyer', secret: 'JBSWY3DPEHPK3PXP', type: 'totp', encrypted: false, hash: 'a1', index: 0 },
      b2: { account: 'hanako', issuer: 'Zaif', secret: 'KRSXG5CTMVRXEZLU', type: 'hotp', counter: 3, digits: 8, encrypted: false },
    };
    const decoded = await decodeImport(text('authenticator.json', JSON.stringify(backup)));
    expect(decoded.format).toBe('authenticator-extension');
    expect(accounts(decoded.entries)).toMatchObject([
      { issuer: 'bitFlyer', label: 'taro', type: 'totp' },
      { issuer: 'Zaif', label: 'hanako', type: 'hotp', counter: 3, digits: 8 },
    ]);
  });
});

describe('import errors', () => {
  it.each([
    ['aegis_encrypted.json'],
    ['2fas_authenticator_encrypted_v4.2fas'],
    ['andotp_encrypted.bin'],
  ])('%s asks for a password, and a wrong one is its own error', async (name) => {
    await expect(decodeImport(fixture(name))).rejects.toMatchObject({ code: 'needs-password' });
    await expect(decodeImport(fixture(name), 'wrong')).rejects.toMatchObject({ code: 'wrong-password' });
  });

  it('says when a file is of no known format', async () => {
    await expect(decodeImport(text('notes.txt', 'my shopping list'))).rejects.toMatchObject({ code: 'unknown-format' });
    await expect(decodeImport(text('data.json', '{"hello": "world"}'))).rejects.toMatchObject({ code: 'unknown-format' });
  });

  it('says when a known format is corrupt', async () => {
    const truncated = fixture('aegis_plain.json').text.replace(/"entries"/, '"entriez"');
    await expect(decodeImport(text('aegis.json', truncated))).rejects.toMatchObject({ code: 'corrupt' });
  });

  it('lets one bad entry fail alone', async () => {
    const list = ['otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP', 'otpauth://totp/B:b?secret=NOT*BASE32', 'otpauth://totp/C:c?secret=KRSXG5CTMVRXEZLU'].join('\n');
    const decoded = await decodeImport(text('list.txt', list));
    expect(decoded.entries.map((entry) => (entry.ok ? 'ok' : entry.reason))).toEqual(['ok', 'invalid-secret', 'ok']);
  });
});
