import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { accountData, type AccountData } from '../../otp/account';
import { WrongPasswordError } from '../../vault/errors';
import { LEGACY_KDF_COST } from '../../vault/kdf';
import { deleteTestDatabases, seededRandomBytes, testVault } from '../../vault/__tests__/helpers';
import { readFileSync } from 'node:fs';
import { FIXTURES } from '@/tests/support/fixture-files';
import type { VaultContents } from '../../vault/versions';
import { backupVaultId, readBackup, writeBackup } from '../format';

const PASSWORD = 'backup password 1';
const base32 = fc.stringMatching(/^[A-Z2-7]{16,40}$/).filter((text) => [0, 2, 4, 5, 7].includes(text.length % 8));
const account: fc.Arbitrary<AccountData> = fc
  .record({
    type: fc.constantFrom('totp', 'hotp', 'steam' as const),
    secret: base32,
    algorithm: fc.constantFrom('SHA1', 'SHA256', 'SHA512' as const),
    digits: fc.integer({ min: 6, max: 8 }),
    period: fc.integer({ min: 1, max: 300 }),
    counter: fc.nat({ max: 1_000_000 }),
    issuer: fc.string({ maxLength: 30 }),
    label: fc.string({ maxLength: 30 }),
    notes: fc.string({ maxLength: 60 }),
    domains: fc.array(fc.domain(), { maxLength: 3 }),
    recoveryCodes: fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 4 }),
    // The recovery kit travels with the account: in every backup, the sync copy, a restore.
    recoveryKit: fc.dictionary(
      fc.constantFrom('master-key', 'name', 'name-reading', 'phone'),
      fc.string({ maxLength: 40 }),
      { maxKeys: 4 },
    ),
    // So do the person's pin and group (the vault gives each its place at the end).
    pinned: fc.boolean(),
    group: fc.string({ maxLength: 64 }),
  })
  .map((fields) => accountData({ ...fields, counter: fields.type === 'hotp' ? fields.counter : 0 }));

async function backupOf(accounts: AccountData[]) {
  const vault = testVault();
  await vault.create(PASSWORD);
  await vault.addMany(accounts);
  const { envelope, vaultKey, contents } = await vault.backupMaterial();
  const file = await writeBackup(envelope, vaultKey, contents, new Date(0), seededRandomBytes(9));
  return { text: JSON.stringify(file), stored: contents.accounts.map(dataOf), envelope, vaultKey, contents, vault };
}

const dataOf = ({ id: _id, createdAt: _c, updatedAt: _u, rev: _r, ...data }: VaultContents['accounts'][number]) => data;
const opened = (accounts: AccountData[], contents: VaultContents) => ({
  version: 2,
  createdAt: new Date(0),
  vaultId: contents.vaultId,
  revision: contents.revision,
  accounts,
  trash: [],
  failed: [],
});

afterEach(deleteTestDatabases);

describe('Omamori backup', () => {
  it('round-trips every kind of account (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(account, { selector: (item) => item.secret, maxLength: 6 }), async (accounts) => {
        const { text, stored, contents } = await backupOf(accounts);
        expect(await readBackup(text, PASSWORD)).toEqual(opened(stored, contents));
        await deleteTestDatabases();
      }),
      { numRuns: 8 },
    );
  });

  it('keeps neither secret nor label in the clear', async () => {
    const { text } = await backupOf([
      accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'bitFlyer', label: 'taro' }),
    ]);
    for (const plain of ['JBSWY3DPEHPK3PXPJBSWY3DP', 'bitFlyer', 'taro']) expect(text).not.toContain(plain);
  });

  it('a backup written at the old cost (64 MiB × 3) still opens', async () => {
    const vault = testVault({ kdfCost: LEGACY_KDF_COST });
    await vault.create(PASSWORD);
    await vault.addMany([accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP' })]);
    const { envelope, vaultKey, contents } = await vault.backupMaterial();
    const text = JSON.stringify(await writeBackup(envelope, vaultKey, contents, new Date(0), seededRandomBytes(3)));
    expect(JSON.parse(text).kdf).toMatchObject({ memoryKiB: 65536, iterations: 3 });
    expect((await readBackup(text, PASSWORD)).accounts).toEqual(contents.accounts.map(dataOf));
  });

  it('a wrong password is its own error', async () => {
    const { text } = await backupOf([accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP' })]);
    await expect(readBackup(text, 'wrong password')).rejects.toBeInstanceOf(WrongPasswordError);
  });

  it('truncated, tampered and foreign files each say what they are', async () => {
    const { text } = await backupOf([accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP' })]);
    const file = JSON.parse(text);
    const tampered = JSON.stringify({
      ...file,
      contents: { ...file.contents, ciphertext: `A${file.contents.ciphertext.slice(1)}` },
    });
    await expect(readBackup(text.slice(0, text.length / 2), PASSWORD)).rejects.toMatchObject({ code: 'corrupt' });
    await expect(readBackup(tampered, PASSWORD)).rejects.toMatchObject({ code: 'corrupt' });
    await expect(readBackup('{"version":1,"db":{}}', PASSWORD)).rejects.toMatchObject({ code: 'unknown-format' });
  });
});

describe('every version Omamori has written', () => {
  const fixture = (name: string) => readFileSync(`${FIXTURES}backups/${name}`, 'utf8');
  const v1Accounts: AccountData[] = JSON.parse(fixture('v1-accounts.json'));

  it.each([
    ['v1.json', 'omamori fixture password'],
    ['v1-backup-password.json', 'separate backup password'],
  ])('version 1 (%s) opens with its password, every account as written', async (name, password) => {
    const backup = await readBackup(fixture(name), password);
    expect(backup).toMatchObject({ version: 1, vaultId: null, revision: null, trash: [], failed: [] });
    expect(backup.createdAt).toEqual(new Date(Date.UTC(2026, 10, 1, 9, 30)));
    // Written before pins, groups and positions: each takes its default.
    expect(backup.accounts).toEqual(v1Accounts.map((entry) => ({ ...entry, pinned: false, group: '', position: 0 })));
    await expect(readBackup(fixture(name), 'not the password')).rejects.toBeInstanceOf(WrongPasswordError);
  });

  it('version 2 carries its vault id, revision, trash and date inside the seal', async () => {
    const { vault } = await backupOf([accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'A' })]);
    await vault.remove((await vault.accounts())[0]!.id);
    const { envelope, vaultKey, contents } = await vault.backupMaterial();
    const text = JSON.stringify(await writeBackup(envelope, vaultKey, contents, new Date(5), seededRandomBytes(4)));
    const backup = await readBackup(text, PASSWORD);
    expect(backup).toMatchObject({ version: 2, vaultId: contents.vaultId, revision: contents.revision, accounts: [] });
    expect(backup.trash.map((account) => account.issuer)).toEqual(['A']);
    expect(backup.createdAt).toEqual(new Date(5));
    expect(backupVaultId(text)).toBe(contents.vaultId);
    expect(Object.keys(JSON.parse(text)).sort()).toEqual([
      'contents',
      'format',
      'kdf',
      'vaultId',
      'version',
      'wrappedKey',
    ]);
  });

  it('a plain vault id that is not the sealed one is refused: the file was tampered with', async () => {
    const { text } = await backupOf([accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP' })]);
    const swapped = JSON.stringify({ ...JSON.parse(text), vaultId: 'ffffffffffffffffffffffffffffffff' });
    await expect(readBackup(swapped, PASSWORD)).rejects.toMatchObject({ code: 'corrupt' });
  });
});

describe('Omamori backup bounds', () => {
  const changed = async (change: (file: Record<string, Record<string, unknown>>) => void) => {
    const { text } = await backupOf([accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP' })]);
    const file = JSON.parse(text);
    change(file);
    return JSON.stringify(file);
  };

  it.each<[string, (file: Record<string, Record<string, unknown>>) => void, string]>([
    ['2^32 passes', (file) => (file.kdf!.iterations = 2 ** 32), 'unsupported-kdf'],
    ['13 passes', (file) => (file.kdf!.iterations = 13), 'unsupported-kdf'],
    ['1 GiB', (file) => (file.kdf!.memoryKiB = 2 ** 20), 'unsupported-kdf'],
    [
      '256 MiB × 12 passes',
      (file) => Object.assign(file.kdf!, { memoryKiB: 2 ** 18, iterations: 12 }),
      'unsupported-kdf',
    ],
    ['99 lanes', (file) => (file.kdf!.parallelism = 99), 'unsupported-kdf'],
    ['scrypt', (file) => (file.kdf!.algorithm = 'scrypt'), 'unsupported-kdf'],
    ['memory as text', (file) => (file.kdf!.memoryKiB = '256'), 'unsupported-kdf'],
    ['a salt that is not base64', (file) => (file.kdf!.salt = '!!'), 'corrupt'],
    ['a wrapped key of another size', (file) => (file.wrappedKey!.ciphertext = 'AAAA'), 'corrupt'],
    ['no nonce', (file) => delete file.contents!.nonce, 'corrupt'],
    ['no vault id', (file) => delete file.vaultId, 'corrupt'],
    ['version 3', (file) => Object.assign(file, { version: 3 }), 'newer-format'],
  ])('a backup asking for %s is refused (%s) before deriving', async (_what, change, code) => {
    await expect(readBackup(await changed(change), PASSWORD)).rejects.toMatchObject({ code });
  });

  it('an invalid account inside is reported and not restored; the others are', async () => {
    const good = accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'A' });
    const { envelope, vaultKey, contents } = await backupOf([good]);
    const [stored] = contents.accounts;
    const bad = { ...stored!, id: 'b', secret: 'KRSXG5CTMVRXEZLU', issuer: 'B', period: 0 };
    const withBad = { ...contents, accounts: [stored!, bad, { ...bad, id: 'c', period: 30, digits: 99 }] };
    const text = JSON.stringify(await writeBackup(envelope, vaultKey, withBad, new Date(0), seededRandomBytes(3)));
    expect(await readBackup(text, PASSWORD)).toEqual({
      // The vault placed it first.
      ...opened([{ ...good, position: 1 }], contents),
      failed: [
        { name: 'B', reason: 'invalid-period' },
        { name: 'B', reason: 'invalid-digits' },
      ],
    });
  });
});

describe('Vault.addMany', () => {
  it('adds all in one write and reports duplicates', async () => {
    const vault = testVault();
    await vault.create(PASSWORD);
    const first = accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP' });
    await vault.add(first);
    const result = await vault.addMany([first, accountData({ secret: 'KRSXG5CTMVRXEZLUKRSXG5CT' })]);
    expect(result.added).toHaveLength(1);
    expect(result.duplicates).toEqual([first]);
    expect(await vault.accounts()).toHaveLength(2);
  });
});
