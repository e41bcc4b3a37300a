import { describe, expect, it } from 'vitest';
import { fitsSyncQuota, fromSyncItems, MANIFEST_KEY, SYNC_QUOTA, syncBytes, toSyncItems } from '../sync-chunks';

const MANIFEST = { vaultId: '0123456789abcdef0123456789abcdef', keyId: 'fedcba9876543210fedcba9876543210' };
const TEXT = 'x'.repeat(20_000) + 'end';

describe('sync chunks', () => {
  it('round-trip a backup text through items under the per-item and total limits', async () => {
    const { items, stale } = await toSyncItems(TEXT, MANIFEST, []);
    expect(stale).toEqual([]);
    for (const [key, value] of Object.entries(items))
      expect(key.length + JSON.stringify(value).length).toBeLessThanOrEqual(SYNC_QUOTA.itemBytes);
    expect(syncBytes(items)).toBeLessThanOrEqual(SYNC_QUOTA.totalBytes);
    expect(await fromSyncItems(items)).toMatchObject({ ok: true, text: TEXT, manifest: MANIFEST });
  });

  it('tell a half-synced set (a chunk missing or of an older copy) from a whole one', async () => {
    const { items } = await toSyncItems(TEXT, MANIFEST, []);
    const older = await toSyncItems('y'.repeat(20_003), MANIFEST, []);
    expect(await fromSyncItems({ ...items, 'omamori.chunk.1': older.items['omamori.chunk.1'] })).toEqual({
      ok: false,
      reason: 'incomplete',
    });
    const { 'omamori.chunk.2': _, ...missing } = items;
    expect(await fromSyncItems(missing)).toEqual({ ok: false, reason: 'incomplete' });
  });

  it('name the chunks of a longer, older copy to remove', async () => {
    const longer = await toSyncItems('z'.repeat(40_000), MANIFEST, []);
    const { stale } = await toSyncItems(TEXT, MANIFEST, Object.keys(longer.items));
    expect(stale.sort()).toEqual(['omamori.chunk.3', 'omamori.chunk.4', 'omamori.chunk.5']);
  });

  it('say none, newer or corrupt for an empty, newer or foreign manifest', async () => {
    expect(await fromSyncItems({})).toEqual({ ok: false, reason: 'none' });
    const { items } = await toSyncItems(TEXT, MANIFEST, []);
    const manifest = items[MANIFEST_KEY] as Record<string, unknown>;
    expect(await fromSyncItems({ ...items, [MANIFEST_KEY]: { ...manifest, version: 99 } })).toEqual({
      ok: false,
      reason: 'newer-format',
    });
    expect(await fromSyncItems({ ...items, [MANIFEST_KEY]: { ...manifest, chunks: 'no' } })).toEqual({
      ok: false,
      reason: 'corrupt',
    });
  });

  it("read an older Omamori's manifest (version 1) as a copy that names no vault", async () => {
    const { items } = await toSyncItems(TEXT, MANIFEST, []);
    const { vaultId: _v, keyId: _k, ...rest } = items[MANIFEST_KEY] as Record<string, unknown>;
    const v1 = { ...rest, version: 1, createdAt: 5, count: 3, total: 3, tombstones: [] };
    expect(await fromSyncItems({ ...items, [MANIFEST_KEY]: v1 })).toMatchObject({
      ok: true,
      manifest: { version: 1, vaultId: null, keyId: null },
    });
  });

  it('refuse a version 2 manifest without the ids of its vault and key', async () => {
    const { items } = await toSyncItems(TEXT, MANIFEST, []);
    const manifest = items[MANIFEST_KEY] as Record<string, unknown>;
    expect(await fromSyncItems({ ...items, [MANIFEST_KEY]: { ...manifest, keyId: 'not hex' } })).toEqual({
      ok: false,
      reason: 'corrupt',
    });
  });

  it('fit a backup of about 95 KB, not one of 100 KB', () => {
    expect(fitsSyncQuota(95_000)).toBe(true);
    expect(fitsSyncQuota(100_000)).toBe(false);
  });
});
