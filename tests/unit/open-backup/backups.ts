// Backups written by the extension's own code, for the opener's tests. The one place that
// knows how a backup is written: when the format gains a version, only this file changes
// (and the version before joins EARLIER_VERSIONS as the files that version wrote).
import { readFileSync } from 'node:fs';
import { writeBackup } from '@/utils/backup/format';
import { toSyncItems } from '@/utils/backup/sync-chunks';
import { accountData, type AccountData } from '@/utils/otp/account';
import { keyId, type RandomBytes } from '@/utils/vault/crypto';
import { wrapVaultKey } from '@/utils/vault/header';
import { DEFAULT_KDF_COST, LEGACY_KDF_COST, type KdfCost } from '@/utils/vault/kdf';
import type { VaultContents } from '@/utils/vault/versions';
import { seededRandomBytes } from '@/utils/vault/__tests__/helpers';

/** Every cost a backup has been written with: today's, and the one before (64 MiB). */
export const WRITTEN_COSTS: Readonly<Record<string, KdfCost>> = { current: DEFAULT_KDF_COST, legacy: LEGACY_KDF_COST };

export const WRITTEN_AT = new Date('2026-11-22T03:58:00.000Z');

/** A vault's worth of accounts: every type, algorithm and length, names that need escaping. */
export const ACCOUNTS: readonly AccountData[] = [
  accountData({
    secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
    issuer: 'bitFlyer',
    label: 'taro@example.jp',
    domains: ['bitflyer.com'],
  }),
  accountData({
    secret: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU',
    issuer: 'GMOコイン',
    label: '山田 太郎',
    algorithm: 'SHA256',
    digits: 8,
    period: 60,
    recoveryCodes: ['1111-2222', '3333-4444'],
  }),
  accountData({
    secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
    issuer: 'A&B "quotes"? 100%',
    label: 'x/y#z',
    algorithm: 'SHA512',
  }),
  accountData({ type: 'hotp', secret: 'MFRGGZDFMZTWQ2LKNNWG23TP', issuer: 'Kraken', label: 'hotp user', counter: 42 }),
  accountData({ type: 'steam', secret: 'JRZCL47CMXVOQMNPZR2F7J4RGI', issuer: 'Steam', label: 'gabe' }),
  accountData({ secret: 'ONSWG4TFOQYTEMZUGU3DOOBZ', label: 'no issuer' }),
];

export interface WrittenBackup {
  /** The file's text, as the downloads copy and WebDAV hold it. */
  readonly text: string;
  readonly vaultKey: Uint8Array;
}

const VAULT_ID = 'c0ffee00000040008000000000000001';

/** The vault's contents as the extension seals them: each account with its id and revision. */
function contentsOf(accounts: readonly AccountData[]): VaultContents {
  const at = WRITTEN_AT.getTime();
  return {
    vaultId: VAULT_ID,
    revision: accounts.length,
    accounts: accounts.map((account, index) => ({
      ...account,
      id: `account-${index + 1}`,
      createdAt: at,
      updatedAt: at,
      rev: 1,
    })),
    trash: [],
    tombstones: [],
  };
}

/**
 * What the extension writes: a vault key wrapped under the password (the vault's, or the
 * separate backup password's wrap of the same key), and the accounts under the vault key.
 */
export async function writeTestBackup(options: {
  readonly password: string;
  readonly cost?: KdfCost;
  readonly accounts?: readonly AccountData[];
  readonly vaultKey?: Uint8Array;
  readonly randomBytes?: RandomBytes;
}): Promise<WrittenBackup> {
  const randomBytes = options.randomBytes ?? seededRandomBytes(7);
  const vaultKey = options.vaultKey ?? randomBytes(32);
  const envelope = await wrapVaultKey(vaultKey, options.password, options.cost ?? LEGACY_KDF_COST, randomBytes);
  const file = await writeBackup(envelope, vaultKey, contentsOf(options.accounts ?? ACCOUNTS), WRITTEN_AT, randomBytes);
  return { text: JSON.stringify(file, null, 2), vaultKey };
}

/** The sync copy of `backup` as `storage.sync.get(null)` gives it, saved as one JSON object. */
export async function syncExport(backup: WrittenBackup): Promise<Record<string, unknown>> {
  const { items } = await toSyncItems(backup.text, { vaultId: VAULT_ID, keyId: await keyId(backup.vaultKey) }, []);
  return items;
}

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/backups/${name}`, import.meta.url), 'utf8');

/**
 * Files earlier versions of the format wrote, kept in tests/fixtures/backups (see its
 * SOURCES.md): each with its password, the separate backup password's file, and its accounts.
 */
export const EARLIER_VERSIONS = [
  {
    version: 1,
    text: fixture('v1.json'),
    password: 'omamori fixture password',
    withBackupPassword: { text: fixture('v1-backup-password.json'), password: 'separate backup password' },
    accounts: JSON.parse(fixture('v1-accounts.json')) as AccountData[],
  },
];
