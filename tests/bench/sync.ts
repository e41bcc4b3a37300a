import { writeBackup } from '../../utils/backup/format';
import { fitsSyncQuota, SYNC_QUOTA, syncBytes, toSyncItems } from '../../utils/backup/sync-chunks';
import { accountData } from '../../utils/otp/account';
import type { VaultContents, VersionedAccount } from '../../utils/vault/versions';
import { wrapVaultKey } from '../../utils/vault/header';
import { seededRandomBytes, TEST_KDF_COST } from '../../utils/vault/__tests__/helpers';
import { seededSecrets } from './stats';
import type { BenchRow } from './table';

/** Accounts as people have them: an issuer, an e-mail as the label, a site, no notes. */
function accounts(count: number): VersionedAccount[] {
  return seededSecrets(count).map((secret, index) => ({
    ...accountData({
      secret,
      issuer: `Exchange ${index % 40}`,
      label: `taro.yamada+${index}@example.jp`,
      domains: [`site${index}.example.jp`],
    }),
    id: crypto.randomUUID(),
    createdAt: 1_795_000_000_000,
    updatedAt: 1_795_000_000_000 + index,
    rev: 1 + (index % 5),
  }));
}

const contents = (count: number): VaultContents => ({
  vaultId: '0123456789abcdef0123456789abcdef',
  revision: count,
  accounts: accounts(count),
  trash: [],
  tombstones: [],
});

async function copyBytes(count: number): Promise<{ text: number; items: number }> {
  const randomBytes = seededRandomBytes(3);
  const vaultKey = randomBytes(32);
  const envelope = await wrapVaultKey(vaultKey, 'bench password', TEST_KDF_COST, randomBytes);
  const text = JSON.stringify(await writeBackup(envelope, vaultKey, contents(count), new Date(), randomBytes));
  const ids = { vaultId: '0123456789abcdef0123456789abcdef', keyId: 'fedcba9876543210fedcba9876543210' };
  const { items } = await toSyncItems(text, ids, []);
  return { text: text.length, items: syncBytes(items) };
}

/** The design's floor: a collection this large travels whole (DESIGN.md, budgets). */
const WHOLE_GOAL = 500;

/** The sync copy's size in `storage.sync` (100 KB total), and the largest vault that fits whole. */
export async function syncCopySize(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const count of [50, 200, 500]) {
    const { text, items } = await copyBytes(count);
    // Too large to go whole, the copy holds the newest accounts that fit: within quota either way.
    rows.push({
      what: `sync copy, ${count} accounts`,
      measured: `${(items / 1024).toFixed(1)} KB (${fitsSyncQuota(text) ? 'whole' : 'the newest that fit'})`,
      goal: `within ${SYNC_QUOTA.totalBytes / 1024} KB`,
      ok: items <= SYNC_QUOTA.totalBytes,
    });
  }
  let [low, high] = [1, 2_000];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fitsSyncQuota((await copyBytes(middle)).text)) low = middle;
    else high = middle - 1;
  }
  rows.push({
    what: 'largest vault whole in the sync copy (the rest stays in the other backups)',
    measured: `${low} accounts`,
    goal: `≥ ${WHOLE_GOAL} accounts`,
    ok: low >= WHOLE_GOAL,
  });
  return rows;
}
