import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedImportEntries, FIXTURES } from '@/tests/support/fixture-files';
import { decodeImport, type DecodedEntry } from '../import';
import { SYSTEM_KDFS, type ImportKdfs } from '../importers/crypto';
import type { ImportFile } from '../importers/importer';

function fixture(name: string): ImportFile {
  const bytes = new Uint8Array(readFileSync(`${FIXTURES}imports/${name}`));
  return { name, bytes, text: new TextDecoder().decode(bytes) };
}

const text = (name: string, content: string): ImportFile => ({
  name,
  text: content,
  bytes: new TextEncoder().encode(content),
});
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
    expect(decoded.format.id).toBe(format);
    expect(decoded.entries).toHaveLength(count);
    expectMatchesVectors(decoded.entries);
  });

  it('bitwarden.json decodes (its Steam entry carries only the secret)', async () => {
    const decoded = await decodeImport(fixture('bitwarden.json'));
    expect(decoded.format.id).toBe('bitwarden');
    expect(decoded.entries).toHaveLength(4);
    expectMatchesVectors(decoded.entries.filter((entry) => entry.ok && entry.account.type !== 'steam'));
    expectMatchesVectors(decoded.entries, { withNames: false });
  });

  it('google_migration.txt decodes to its account', async () => {
    const decoded = await decodeImport(fixture('google_migration.txt'));
    expect(decoded.format.id).toBe('google-migration');
    expect(accounts(decoded.entries)).toMatchObject([
      { secret: 'JBSWY3DPEHPK3PXP', issuer: 'Example', label: 'alice@google.com' },
    ]);
  });

  it('reads the Authenticator extension’s plain backup', async () => {
    const backup = {
      a1: {
        account: 'taro',
        issuer: 'bitFlyer',
        secret: 'JBSWY3DPEHPK3PXP',
        type: 'totp',
        encrypted: false,
        hash: 'a1',
        index: 0,
      },
      b2: {
        account: 'hanako',
        issuer: 'Zaif',
        secret: 'KRSXG5CTMVRXEZLU',
        type: 'hotp',
        counter: 3,
        digits: 8,
        encrypted: false,
      },
    };
    const decoded = await decodeImport(text('authenticator.json', JSON.stringify(backup)));
    expect(decoded.format.id).toBe('authenticator-extension');
    expect(accounts(decoded.entries)).toMatchObject([
      { issuer: 'bitFlyer', label: 'taro', type: 'totp' },
      { issuer: 'Zaif', label: 'hanako', type: 'hotp', counter: 3, digits: 8 },
    ]);
  });
});

describe('import errors', () => {
  it.each([['aegis_encrypted.json'], ['2fas_authenticator_encrypted_v4.2fas'], ['andotp_encrypted.bin']])(
    '%s asks for a password, and a wrong one is its own error',
    async (name) => {
      await expect(decodeImport(fixture(name))).rejects.toMatchObject({ code: 'needs-password' });
      await expect(decodeImport(fixture(name), 'wrong')).rejects.toMatchObject({ code: 'wrong-password' });
    },
  );

  it('says when a file is of no known format', async () => {
    await expect(decodeImport(text('notes.txt', 'my shopping list'))).rejects.toMatchObject({ code: 'unknown-format' });
    await expect(decodeImport(text('data.json', '{"hello": "world"}'))).rejects.toMatchObject({
      code: 'unknown-format',
    });
  });

  it('says when a known format is corrupt', async () => {
    const truncated = fixture('aegis_plain.json').text.replace(/"entries"/, '"entriez"');
    await expect(decodeImport(text('aegis.json', truncated))).rejects.toMatchObject({ code: 'corrupt' });
  });

  it('lets one bad entry fail alone', async () => {
    const list = [
      'otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP',
      'otpauth://totp/B:b?secret=NOT*BASE32',
      'otpauth://totp/C:c?secret=KRSXG5CTMVRXEZLU',
    ].join('\n');
    const decoded = await decodeImport(text('list.txt', list));
    expect(decoded.entries.map((entry) => (entry.ok ? 'ok' : entry.reason))).toEqual(['ok', 'invalid-secret', 'ok']);
  });
});

/** The real derivations, counted: a refusal must come before the first one. */
function countingKdfs() {
  const calls: string[] = [];
  const kdfs: ImportKdfs = {
    pbkdf2: (...args) => (calls.push('pbkdf2'), SYSTEM_KDFS.pbkdf2(...args)),
    scrypt: (...args) => (calls.push('scrypt'), SYSTEM_KDFS.scrypt(...args)),
    argon2: (...args) => (calls.push('argon2'), SYSTEM_KDFS.argon2(...args)),
  };
  return { kdfs, calls };
}

/** The fields of the encrypted Aegis and 2FAS fixtures that these tests change. */
interface EncryptedJson {
  header: { slots: [Record<string, unknown>, ...Record<string, unknown>[]]; params: { tag: string } };
  db: string;
  servicesEncrypted: string;
}

const withJson = (name: string, change: (json: EncryptedJson) => void): ImportFile => {
  const json: EncryptedJson = JSON.parse(fixture(name).text);
  change(json);
  return text(name, JSON.stringify(json));
};

function andotpWithIterations(iterations: number): ImportFile {
  const { name, bytes } = fixture('andotp_encrypted.bin');
  const copy = bytes.slice();
  new DataView(copy.buffer).setUint32(0, iterations);
  return { name, bytes: copy, text: new TextDecoder().decode(copy) };
}

describe('bounded work: costs from a file are checked before any derivation', () => {
  it.each<[string, (json: EncryptedJson) => void]>([
    ['N = 2^20', (json) => (json.header.slots[0].n = 2 ** 20)],
    ['p = 99', (json) => (json.header.slots[0].p = 99)],
    ['r = 2^40', (json) => (json.header.slots[0].r = 2 ** 40)],
    ['N not a power of two', (json) => (json.header.slots[0].n = 30000)],
    ['N = 2^10 (weaker than Aegis writes)', (json) => (json.header.slots[0].n = 2 ** 10)],
    [
      'five password slots',
      (json) =>
        (json.header.slots = [
          json.header.slots[0],
          json.header.slots[0],
          json.header.slots[0],
          json.header.slots[0],
          json.header.slots[0],
        ]),
    ],
    ['N as text', (json) => (json.header.slots[0].n = '32768')],
  ])('Aegis with %s is refused', async (_what, change) => {
    const { kdfs, calls } = countingKdfs();
    await expect(decodeImport(withJson('aegis_encrypted.json', change), 'test', kdfs)).rejects.toMatchObject({
      code: 'unsupported-kdf',
    });
    expect(calls).toEqual([]);
  });

  it.each([10_000_000, 1_000_000, 2_000])('andOTP asking for %i iterations is refused', async (iterations) => {
    const { kdfs, calls } = countingKdfs();
    await expect(decodeImport(andotpWithIterations(iterations), 'test', kdfs)).rejects.toMatchObject({
      code: 'unsupported-kdf',
    });
    expect(calls).toEqual([]);
  });

  it('andOTP asking for 2^32 − 1 iterations is tried as the old format only (no derivation at all)', async () => {
    const { kdfs, calls } = countingKdfs();
    await expect(decodeImport(andotpWithIterations(2 ** 32 - 1), 'test', kdfs)).rejects.toMatchObject({
      code: 'wrong-password',
    });
    expect(calls).toEqual([]);
  });

  it('a file larger than any real export is not read', async () => {
    const big: ImportFile = { name: 'big.txt', text: '', bytes: new Uint8Array(16 * 1024 * 1024 + 1) };
    await expect(decodeImport(big)).rejects.toMatchObject({ code: 'too-large' });
  });
});

describe('damaged versus wrong password', () => {
  const flipBase64 = (text: string, at: number) =>
    `${text.slice(0, at)}${text[at] === 'A' ? 'B' : 'A'}${text.slice(at + 1)}`;

  it('Aegis: a slot that opens and a database that does not is damage', async () => {
    const damaged = withJson('aegis_encrypted.json', (json) => (json.db = flipBase64(json.db, 10)));
    await expect(decodeImport(damaged, 'test')).rejects.toMatchObject({ code: 'corrupt' });
    await expect(decodeImport(damaged, 'wrong')).rejects.toMatchObject({ code: 'wrong-password' });
    const badTag = withJson('aegis_encrypted.json', (json) => (json.header.params.tag = '00'.repeat(16)));
    await expect(decodeImport(badTag, 'test')).rejects.toMatchObject({ code: 'corrupt' });
  });

  it('2FAS: the reference opens and the services do not: damage', async () => {
    const damaged = withJson('2fas_authenticator_encrypted_v4.2fas', (json) => {
      const [data = '', salt, iv] = json.servicesEncrypted.split(':');
      json.servicesEncrypted = [flipBase64(data, 5), salt, iv].join(':');
    });
    await expect(decodeImport(damaged, 'test')).rejects.toMatchObject({ code: 'corrupt' });
    await expect(decodeImport(damaged, 'wrong')).rejects.toMatchObject({ code: 'wrong-password' });
  });

  it('andOTP: a failed tag under a count andOTP never writes is a damaged header', async () => {
    await expect(decodeImport(andotpWithIterations(100_000), 'test')).rejects.toMatchObject({ code: 'corrupt' });
    await expect(decodeImport(andotpWithIterations(150_000), 'test')).rejects.toMatchObject({ code: 'wrong-password' });
  });

  it('a damaged header field is damage, not a wrong password', async () => {
    const noSalt = withJson('aegis_encrypted.json', (json) => (json.header.slots[0].salt = 'zz'));
    await expect(decodeImport(noSalt, 'test')).rejects.toMatchObject({ code: 'corrupt' });
    const notBase64 = withJson('2fas_authenticator_encrypted_v4.2fas', (json) => (json.servicesEncrypted = 'a:b!:c'));
    await expect(decodeImport(notBase64, 'test')).rejects.toMatchObject({ code: 'corrupt' });
  });
});

describe('invalid accounts are failed entries, never accepted', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['constructor', { type: 'constructor' }, 'unsupported-type'],
    ['__proto__', { type: '__proto__' }, 'unsupported-type'],
    ['period 0', { period: 0 }, 'invalid-period'],
    ['digits 99', { digits: 99 }, 'invalid-digits'],
    ['algorithm MD5', { algorithm: 'MD5' }, 'invalid-algorithm'],
    ['a deeply nested list as the label', { label: '<deep>' }, 'ok'],
  ])('andOTP entry with %s', async (_what, change, expected) => {
    const entries: Record<string, unknown>[] = JSON.parse(fixture('andotp_plain.json').text);
    entries[0] = { ...entries[0], ...change };
    // Written by hand: JSON.stringify itself overflows the stack on such nesting.
    const json = JSON.stringify(entries).replace('"<deep>"', '['.repeat(100_000) + ']'.repeat(100_000));
    const decoded = await decodeImport(text('andotp.json', json));
    expect(decoded.entries[0]!.ok ? 'ok' : (decoded.entries[0] as { reason: string }).reason).toBe(expected);
    expect(decoded.entries.slice(1).every((entry) => entry.ok)).toBe(true);
  });

  it('one malformed otpauth-migration line fails alone', async () => {
    const good = fixture('google_migration.txt').text.split('\n')[1]!;
    const decoded = await decodeImport(
      text(
        'ga.txt',
        ['otpauth-migration://offline?data=%%%', good, 'otpauth-migration://offline?data=CgE='].join('\n'),
      ),
    );
    expect(decoded.entries.map((entry) => (entry.ok ? 'ok' : entry.reason))).toEqual([
      'invalid-migration',
      'ok',
      'invalid-migration',
    ]);
  });
});
