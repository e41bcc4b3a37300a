import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedImportEntries, FIXTURES, type ExpectedEntry } from '@/tests/support/fixture-files';
import { accountData } from '../../otp/account';
import { codeAt } from '../../otp/codes';
import { IMPORTERS, decodeImport, type DecodedEntry } from '../import';
import { SYSTEM_KDFS, type ImportKdfs } from '../importers/crypto';
import type { ImportFile } from '../importers/importer';
import * as write from './fixtures/writers';

const vectors = expectedImportEntries();
const bytesFile = (name: string, bytes: Uint8Array): ImportFile => ({
  name,
  bytes,
  text: new TextDecoder().decode(bytes),
});
const textFile = (name: string, text: string): ImportFile => bytesFile(name, new TextEncoder().encode(text));
const shared = (name: string) => bytesFile(name, new Uint8Array(readFileSync(`${FIXTURES}imports/${name}`)));
// Three moments: the codes must agree at each, not only the fields.
const MOMENTS = [Date.UTC(2026, 0, 1), Date.UTC(2026, 5, 15, 12, 34, 56), 1_700_000_000_123];

type Quirk = (vector: ExpectedEntry) => ExpectedEntry;
const asIs: Quirk = (vector) => vector;

/**
 * Every entry decodes, each to its vector in expected.json (by secret), field by field and
 * code by code; `quirk` is what the app itself cannot keep (said at each use).
 */
function expectVectors(entries: readonly DecodedEntry[], count: number, quirk: Quirk = asIs) {
  expect(entries.map((entry) => (entry.ok ? 'ok' : `${entry.name}: ${entry.reason}`))).toEqual(Array(count).fill('ok'));
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!entry.ok) continue;
    const found = vectors.find((vector) => vector.secret === entry.account.secret);
    expect(found, entry.account.secret).toBeDefined();
    const vector = quirk(found!);
    seen.add(vector.secret);
    const { type, algorithm, digits, issuer, label } = entry.account;
    expect({ type, algorithm, digits, issuer, label }).toEqual({
      type: vector.type,
      algorithm: vector.algorithm,
      digits: vector.digits,
      issuer: vector.issuer,
      label: vector.label,
    });
    if (vector.type === 'hotp') expect(entry.account.counter).toBe(vector.counter);
    else expect(entry.account.period).toBe(vector.period);
    const expected = accountData({ ...vector });
    for (const moment of MOMENTS)
      expect(codeAt(entry.account, moment), `${vector.issuer} at ${moment}`).toBe(codeAt(expected, moment));
  }
  expect(seen.size).toBe(count);
}

describe('the shared fixtures of issue 14', () => {
  it.each([
    ['stratum_plain.json', undefined, 'stratum', false],
    ['stratum_encrypted.bin', 'test', 'stratum', true],
    ['andotp_encrypted_old.bin', 'test', 'andotp', true],
    ['freeotp_v2_api34.xml', 'test', 'freeotp', true],
  ] as const)('%s (%s) decodes to expected.json', async (name, password, format, encrypted) => {
    const decoded = await decodeImport(shared(name), password);
    expect(decoded.format).toMatchObject({ id: format, encrypted });
    // FreeOTP 2 and the old andOTP have no Steam; the others hold every vector.
    expectVectors(decoded.entries, name.startsWith('stratum') ? 7 : 6);
  });

  it('totp_authenticator.bin: TOTP Authenticator keeps SHA-1, 6 digits, 30 s and lower-case names (its README quirk, as Aegis tests it)', async () => {
    const decoded = await decodeImport(shared('totp_authenticator.bin'), 'Testtest1');
    expect(decoded.format).toMatchObject({
      id: 'totp-authenticator',
      name: 'formatTotpAuthenticator',
      encrypted: true,
    });
    expectVectors(decoded.entries, 3, (vector) => ({
      ...vector,
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      label: vector.label.toLowerCase(),
    }));
  });

  it.each([
    ['stratum_encrypted.bin'],
    ['andotp_encrypted_old.bin'],
    ['freeotp_v2_api34.xml'],
    ['totp_authenticator.bin'],
  ])('%s asks for its password (naming the format), and a wrong one is its own error', async (name) => {
    await expect(decodeImport(shared(name))).rejects.toMatchObject({
      code: 'needs-password',
      format: { encrypted: true },
    });
    await expect(decodeImport(shared(name), 'wrong')).rejects.toMatchObject({ code: 'wrong-password' });
  });
});

describe('formats without a shared fixture (written by ./fixtures/writers.ts from each app’s documentation or source)', () => {
  const nonSteam = vectors.filter((vector) => vector.type !== 'steam');

  it('Bitwarden CSV: otpauth URIs and steam://, quoted cells with commas, quotes and line breaks; a row without a TOTP is no account', async () => {
    const decoded = await decodeImport(textFile('bitwarden_export.csv', write.bitwardenCsv(vectors)));
    expect(decoded.format.id).toBe('bitwarden-csv');
    // A steam:// value carries only the secret: the item's name and user name name it.
    expectVectors(decoded.entries, 7, (vector) =>
      vector.type === 'steam' ? { ...vector, issuer: `${vector.issuer}, login` } : vector,
    );
  });

  it.each([
    ['PBKDF2-SHA256', { type: 0, iterations: 5_000 }],
    ['Argon2id', { type: 1, iterations: 2, memory: 16, parallelism: 4 }],
  ] as const)('Bitwarden password-protected JSON (%s): the KDF from the file, encrypt-then-MAC', async (_kdf, kdf) => {
    const text = await write.bitwardenProtected(write.bitwardenPlain(vectors), 'bw export password', kdf);
    const file = textFile('bitwarden_encrypted_export.json', text);
    const decoded = await decodeImport(file, 'bw export password');
    expect(decoded.format).toMatchObject({ id: 'bitwarden', encrypted: true });
    expectVectors(decoded.entries, 7);
    await expect(decodeImport(file)).rejects.toMatchObject({ code: 'needs-password' });
    await expect(decodeImport(file, 'wrong')).rejects.toMatchObject({ code: 'wrong-password' });
    const json = JSON.parse(text);
    json.data = json.data.replace(/\|([A-Za-z0-9+/])/, (_all: string, char: string) => `|${char === 'A' ? 'B' : 'A'}`);
    await expect(
      decodeImport(textFile('damaged.json', JSON.stringify(json)), 'bw export password'),
    ).rejects.toMatchObject({ code: 'corrupt' });
  });

  it('Bitwarden: an account-restricted export is refused with its own advice, nothing derived', async () => {
    const restricted = {
      encrypted: true,
      encKeyValidation_DO_NOT_EDIT: '2.AAAA|BBBB|CCCC',
      folders: [],
      items: [{ id: '1', type: 1, name: '2.x|y|z', login: { totp: '2.x|y|z' } }],
    };
    const { kdfs, calls } = countingKdfs();
    await expect(
      decodeImport(textFile('bitwarden.json', JSON.stringify(restricted)), 'pw', kdfs),
    ).rejects.toMatchObject({
      code: 'unknown-format',
      format: { id: 'bitwarden-account-restricted', advice: 'adviceBitwardenAccountRestricted' },
    });
    expect(calls).toEqual([]);
  });

  it('Proton Authenticator JSON', async () => {
    const decoded = await decodeImport(
      textFile('proton_authenticator_export.json', write.protonAuthenticator(nonSteam)),
    );
    expect(decoded.format.id).toBe('proton-authenticator');
    expectVectors(decoded.entries, 6);
  });

  it('Proton Pass JSON and zip: the login’s TOTP and the one in its extra fields; trashed items and notes left out', async () => {
    const json = JSON.stringify(write.protonPass(nonSteam));
    const plain = await decodeImport(textFile('Proton Pass_export.json', json));
    expect(plain.format.id).toBe('proton-pass');
    expectVectors(plain.entries, 6);
    const zipped = await write.zip({ 'Proton Pass/data.json': new TextEncoder().encode(json) });
    const fromZip = await decodeImport(bytesFile('Proton Pass_export.zip', zipped));
    expect(fromZip.format.id).toBe('proton-pass');
    expectVectors(fromZip.entries, 6);
  });

  it('Proton Pass: the PGP-encrypted export is refused with advice', async () => {
    await expect(
      decodeImport(
        textFile('Proton Pass_export.pgp', '-----BEGIN PGP MESSAGE-----\n\nwcFMA...\n-----END PGP MESSAGE-----\n'),
      ),
    ).rejects.toMatchObject({
      format: { advice: 'adviceProtonPassEncrypted' },
    });
  });

  it('FreeOTP+ JSON: signed-byte secrets; the stored HOTP counter is the next one shown', async () => {
    const decoded = await decodeImport(textFile('freeotp-backup.json', write.freeotpPlus(vectors)));
    expect(decoded.format.id).toBe('freeotp-plus');
    // FreeOTP marks a Steam token by its issuer: "Steam".
    expectVectors(decoded.entries, 7, (vector) => (vector.type === 'steam' ? { ...vector, issuer: 'Steam' } : vector));
  });

  it('Stratum legacy encrypted (AuthenticatorPro header: PBKDF2-SHA1 + AES-CBC)', async () => {
    const file = bytesFile('backup.authpro', await write.stratumLegacy(vectors, 'legacy pass'));
    const decoded = await decodeImport(file, 'legacy pass');
    expect(decoded.format).toMatchObject({ id: 'stratum', encrypted: true });
    expectVectors(decoded.entries, 7);
    await expect(decodeImport(file, 'wrong')).rejects.toMatchObject({ code: 'wrong-password' });
  });

  it('Steam Desktop Authenticator .maFile and the older accounts file: Steam accounts', async () => {
    const steam = vectors.find((vector) => vector.type === 'steam')!;
    for (const text of [write.maFile(steam), write.steamOld(steam)]) {
      const decoded = await decodeImport(textFile('76561198000000000.maFile', text));
      expect(decoded.format.id).toBe('steam');
      expectVectors(decoded.entries, 1, (vector) => ({ ...vector, issuer: 'Steam' }));
    }
  });

  it('Ente Auth encrypted export (Argon2id + XChaCha20-Poly1305 secretstream, libsodium)', async () => {
    const lines = readFileSync(`${FIXTURES}imports/ente_auth.txt`, 'utf8');
    const file = textFile(
      'ente-auth-codes.txt',
      await write.enteEncrypted(lines, 'ente password', { memLimit: 8 * 1024 * 1024, opsLimit: 2 }),
    );
    const decoded = await decodeImport(file, 'ente password');
    expect(decoded.format).toMatchObject({ id: 'ente', encrypted: true });
    expectVectors(decoded.entries, 7);
    await expect(decodeImport(file)).rejects.toMatchObject({ code: 'needs-password', format: { name: 'formatEnte' } });
    await expect(decodeImport(file, 'wrong')).rejects.toMatchObject({ code: 'wrong-password' });
  });

  it('the Authenticator extension’s encrypted export (v3 key record, Argon2id, CryptoJS AES)', async () => {
    const file = textFile('authenticator.json', await write.authenticatorExtensionV3(vectors, 'ext password'));
    const decoded = await decodeImport(file, 'ext password');
    expect(decoded.format).toMatchObject({ id: 'authenticator-extension', encrypted: true });
    expectVectors(decoded.entries, 7);
    await expect(decodeImport(file, 'wrong')).rejects.toMatchObject({ code: 'wrong-password' });
  });

  it.each(['argon2d', 'argon2id', 'aes'] as const)(
    'KeePassXC KDBX 4 (%s): `otp` attributes and TOTP Seed/Settings; the recycle bin left out',
    async (kdf) => {
      const file = bytesFile('Passwords.kdbx', await write.keepassDatabase(vectors, 'kdbx password', kdf));
      const decoded = await decodeImport(file, 'kdbx password');
      expect(decoded.format).toMatchObject({ id: 'keepass', encrypted: true });
      expectVectors(decoded.entries, 7);
      await expect(decodeImport(file, 'wrong')).rejects.toMatchObject({ code: 'wrong-password' });
    },
    30_000,
  );
});

/** The real derivations, counted. */
function countingKdfs() {
  const calls: string[] = [];
  const kdfs: ImportKdfs = {
    pbkdf2: (...args) => (calls.push('pbkdf2'), SYSTEM_KDFS.pbkdf2(...args)),
    scrypt: (...args) => (calls.push('scrypt'), SYSTEM_KDFS.scrypt(...args)),
    argon2: (...args) => (calls.push('argon2'), SYSTEM_KDFS.argon2(...args)),
  };
  return { kdfs, calls };
}

describe('files of apps that cannot be read: each named, with how to move its accounts', () => {
  const sqlite = (schema: string) =>
    new Uint8Array([
      ...new TextEncoder().encode('SQLite format 3\u0000'),
      ...new Uint8Array(84),
      ...new TextEncoder().encode(schema),
    ]);
  it.each([
    [
      'Google Authenticator',
      'databases',
      sqlite(
        'CREATE TABLE accounts (_id INTEGER PRIMARY KEY, email TEXT NOT NULL, secret TEXT NOT NULL, counter INTEGER DEFAULT 0, type INTEGER, provider INTEGER DEFAULT 0, issuer TEXT DEFAULT NULL, original_name TEXT DEFAULT NULL)',
      ),
      'adviceGoogleAuthenticator',
    ],
    [
      'Microsoft Authenticator',
      'PhoneFactor',
      sqlite(
        'CREATE TABLE accounts (_id INTEGER PRIMARY KEY, name TEXT, username TEXT, oath_secret_key TEXT, account_type INTEGER)',
      ),
      'adviceMicrosoftAuthenticator',
    ],
    [
      'Authy',
      'com.authy.storage.tokens.authenticator.xml',
      new TextEncoder().encode(
        '<?xml version="1.0" encoding="utf-8"?>\n<map><string name="com.authy.storage.tokens.authenticator.key">[]</string></map>',
      ),
      'adviceAuthy',
    ],
  ])('%s', async (_app, name, bytes, advice) => {
    await expect(decodeImport(bytesFile(name, bytes))).rejects.toMatchObject({
      code: 'unknown-format',
      format: { advice },
    });
  });
});

describe('the registry', () => {
  it('has one importer per id, each with a name', () => {
    const ids = IMPORTERS.map((importer) => importer.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(IMPORTERS.every((importer) => importer.name.startsWith('format'))).toBe(true);
  });
});

describe('binary files that are something else', () => {
  it.each([
    ['a damaged zip', [0x50, 0x4b, 0x03, 0x04]],
    ['a PNG', [0x89, 0x50, 0x4e, 0x47]],
    ['another SQLite database', Array.from('SQLite format 3\u0000', (char) => char.charCodeAt(0))],
  ])('%s is no andOTP backup (old format) asking for a password', async (_what, head) => {
    const bytes = new Uint8Array(200).map((_, index) => (index * 151 + 7) & 0xff);
    bytes.set(head);
    await expect(decodeImport(bytesFile('file.bin', bytes))).rejects.toMatchObject({
      code: expect.stringMatching(/unknown-format|corrupt/),
    });
  });
});
