import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as write from '../../utils/formats/__tests__/fixtures/writers';
import { BROWSER_KINDS, type ExtensionHarness, type TestPage } from '../support/browsers';
import { message } from '../support/locales';
import { sendFromPage } from '../support/messages';
import { OptionsPage } from '../support/pages/options';
import { expectedImportEntries, FIXTURES } from '../support/fixture-files';
import { launchWithVault, removeAllAccounts } from '../support/vault-state';
import { waitUntil } from '../support/wait';

const vectors = expectedImportEntries();
const fixtureFile = (name: string) => `${FIXTURES}imports/${name}`;

/** Files the tests write (./fixtures/writers.ts, from each app's documentation or source), on disk for the file input. */
const written = mkdtempSync(join(tmpdir(), 'omamori-import-'));
const onDisk = (name: string, content: string | Uint8Array) => {
  const path = join(written, name);
  writeFileSync(path, content);
  return path;
};

const issuers = async (page: TestPage) => {
  const listed = await sendFromPage(page, 'listCodes', undefined);
  return listed.ok ? listed.value.accounts.map((account) => account.issuer).sort() : [];
};

/** One encrypted format of each family of crypto (and library) Omamori reads. */
const ENCRYPTED = [
  {
    family: 'PBKDF2-SHA512 + AES-GCM (FreeOTP 2)',
    format: 'freeotp',
    name: 'formatFreeotp',
    file: () => fixtureFile('freeotp_v2_api34.xml'),
    password: 'test',
    count: 6,
  },
  {
    family: 'Argon2id + AES-GCM (Stratum)',
    format: 'stratum',
    name: 'formatStratum',
    file: () => fixtureFile('stratum_encrypted.bin'),
    password: 'test',
    count: 7,
  },
  {
    family: 'SHA-256 + AES-CBC (TOTP Authenticator)',
    format: 'totp-authenticator',
    name: 'formatTotpAuthenticator',
    file: () => fixtureFile('totp_authenticator.bin'),
    password: 'Testtest1',
    count: 3,
  },
  {
    family: 'PBKDF2-SHA256 + AES-CBC + HMAC (Bitwarden)',
    format: 'bitwarden',
    name: 'formatBitwarden',
    file: async () =>
      onDisk(
        'bitwarden_encrypted_export.json',
        await write.bitwardenProtected(write.bitwardenPlain(vectors), 'bw password', { type: 0, iterations: 5_000 }),
      ),
    password: 'bw password',
    count: 7,
  },
  {
    family: 'Argon2id + XChaCha20-Poly1305 secretstream, libsodium (Ente Auth)',
    format: 'ente',
    name: 'formatEnte',
    file: async () =>
      onDisk(
        'ente-auth-codes.txt',
        await write.enteEncrypted(vectors.map(write.uri).join('\n'), 'ente password', {
          memLimit: 16 * 1024 * 1024,
          opsLimit: 2,
        }),
      ),
    password: 'ente password',
    count: 7,
  },
  {
    family: 'Argon2id + CryptoJS AES (Authenticator extension v3)',
    format: 'authenticator-extension',
    name: 'formatAuthenticatorExtension',
    file: async () => onDisk('authenticator.json', await write.authenticatorExtensionV3(vectors, 'ext password')),
    password: 'ext password',
    count: 7,
  },
  {
    family: 'KDBX 4, kdbxweb (KeePassXC)',
    format: 'keepass',
    name: 'formatKeepass',
    file: async () => onDisk('Passwords.kdbx', await write.keepassDatabase(vectors, 'kdbx password')),
    password: 'kdbx password',
    count: 7,
  },
] as const;

describe.each(BROWSER_KINDS)('%s: import from another app in the options', (kind) => {
  let harness: ExtensionHarness;
  let options: OptionsPage;
  beforeAll(async () => {
    const launched = await launchWithVault(kind, 'import e2e password');
    harness = launched.harness;
    options = new OptionsPage(launched.control);
  });
  afterAll(() => harness?.close());

  // Each test starts from an empty vault and an import section that has shown nothing yet.
  beforeEach(async () => {
    await removeAllAccounts(options.page);
    await options.reload('#import-file');
  });

  it('imports an encrypted Aegis export after its password, refusing a wrong one', async () => {
    await options.chooseImportFile(fixtureFile('aegis_encrypted.json'));
    const formatName = message('en', 'importFormatEncrypted', message('en', 'formatAegis'));
    expect(await options.importPromptLabel()).toContain(message('en', 'importPasswordFor', formatName));
    await options.submitImportPassword('not it');
    await waitUntil('the wrong-password message', async () => (await options.importError()) !== '');
    expect(await options.importError()).toBe(message('en', 'importWrongPassword', formatName));
    await options.submitImportPassword('test');
    await options.waitForImportReport();
    expect(await options.importReport()).toMatchObject({
      format: 'aegis',
      added: '7',
      duplicates: '0',
      formatText: message('en', 'importDetected', formatName),
    });
    // The report lists every account added by issuer and label.
    expect((await options.importReport())!.addedNames.sort()).toEqual(
      vectors.map((vector) => `${vector.issuer} — ${vector.label}`).sort(),
    );
    expect(await issuers(options.page)).toEqual(vectors.map((entry) => entry.issuer).sort());
  });

  it('skips what is already there when the same accounts come from another app, naming them', async () => {
    // The same seven accounts are in the vault already, from the Aegis export.
    const aegis = readFileSync(fixtureFile('aegis_encrypted.json')).toString('base64');
    expect(
      await sendFromPage(options.page, 'importFile', { name: 'aegis.json', base64: aegis, password: 'test' }),
    ).toMatchObject({ ok: true });
    await options.chooseImportFile(fixtureFile('plain.txt'));
    await waitUntil('the report', async () => (await options.importReport())?.duplicates === '7');
    expect(await options.importReport()).toMatchObject({ format: 'otpauth-list', added: '0', duplicates: '7' });
    expect((await options.importReport())!.duplicateNames).toContain('Deno — Mason');
  });

  it.each(ENCRYPTED)(
    '$family: the prompt names the app, the accounts land',
    async ({ format, name, file, password, count }) => {
      await options.chooseImportFile(await file());
      const formatName = message('en', 'importFormatEncrypted', message('en', name));
      await waitUntil('the password prompt', async () => (await options.importPromptFormat()) === format);
      expect(await options.importPromptLabel()).toContain(message('en', 'importPasswordFor', formatName));
      await options.submitImportPassword(password);
      await waitUntil('the report', async () => (await options.importReport())?.format === format, 30_000);
      expect(await options.importReport()).toMatchObject({ format, added: String(count), duplicates: '0' });
      expect((await issuers(options.page)).length).toBe(count);
    },
  );

  it('a damaged file and a file of an app Omamori cannot read each have their own message', async () => {
    const damaged = write
      .bitwardenProtected(write.bitwardenPlain(vectors), 'bw password', { type: 0, iterations: 5_000 })
      .then((text) => {
        const json = JSON.parse(text);
        json.data = json.data.replace(
          /\|([A-Za-z0-9+/])/,
          (_all: string, char: string) => `|${char === 'A' ? 'B' : 'A'}`,
        );
        return onDisk('damaged.json', JSON.stringify(json));
      });
    await options.chooseImportFile(await damaged);
    await options.submitImportPassword('bw password');
    const bitwarden = message('en', 'importFormatEncrypted', message('en', 'formatBitwarden'));
    await waitUntil(
      'the damaged-file message',
      async () => (await options.importError()) === message('en', 'importDamaged', bitwarden),
    );

    const database = new Uint8Array([
      ...new TextEncoder().encode('SQLite format 3\u0000'),
      ...new Uint8Array(84),
      ...new TextEncoder().encode(
        'CREATE TABLE accounts (_id INTEGER PRIMARY KEY, email TEXT, secret TEXT, issuer TEXT, original_name TEXT)',
      ),
    ]);
    await options.chooseImportFile(onDisk('databases', database));
    const foreign = `${message('en', 'importUnsupportedKind', message('en', 'formatGoogleAuthenticatorDatabase'))} ${message('en', 'adviceGoogleAuthenticator')}`;
    await waitUntil('the foreign-file message', async () => (await options.importError()) === foreign);

    await options.chooseImportFile(onDisk('notes.txt', 'my shopping list'));
    await waitUntil(
      'the unknown-file message',
      async () => (await options.importError()) === message('en', 'errorUnknownFormat'),
    );
  });
});
