import { afterEach, describe, expect, it } from 'vitest';
import { deleteTestDatabases } from '../../vault/__tests__/helpers';
import { PASSWORD, sharedArea, simulatedBrowser, totp } from './sync-harness';

afterEach(deleteTestDatabases);

/** A and B on one sync account, B restored from A's copy. */
async function twoBrowsers() {
  const area = sharedArea();
  const a = simulatedBrowser(area, 1);
  await a.vault.create(PASSWORD);
  await a.vault.addMany([totp('one', 'A'), totp('two', 'B'), totp('three', 'C')]);
  await a.sync.syncNow();
  const b = simulatedBrowser(area, 2, a.clock);
  await b.sync.restore(PASSWORD);
  return { a, b };
}

const arrangement = async (side: Awaited<ReturnType<typeof twoBrowsers>>['a']) =>
  (await side.vault.accounts()).map(
    ({ label, pinned, group }) => `${label}${pinned ? '*' : ''}${group && `:${group}`}`,
  );

describe('pins, groups and order through the sync copy', () => {
  it('a pin and a group made on A arrive on B, as the same account (no conflict copy)', async () => {
    const { a, b } = await twoBrowsers();
    await a.vault.edit((await a.byLabel('two')).id, { pinned: true, group: '取引所' });
    await a.sync.syncNow();
    await b.sync.syncNow();
    expect(await arrangement(b)).toEqual(['one', 'two*:取引所', 'three']);
    expect((await b.vault.conflicts()).size).toBe(0);
  });

  it('a move on B arrives on A; moves of different accounts on both sides both stand', async () => {
    const { a, b } = await twoBrowsers();
    await b.vault.move((await b.byLabel('three')).id, { before: (await b.byLabel('one')).id });
    await b.sync.syncNow();
    await a.sync.syncNow();
    expect(await arrangement(a)).toEqual(['three', 'one', 'two']);
    // A pins one while B moves two to the end: different accounts, both kept everywhere.
    await a.vault.edit((await a.byLabel('one')).id, { pinned: true });
    await b.vault.move((await b.byLabel('two')).id, { before: (await b.byLabel('three')).id });
    await a.sync.syncNow();
    await b.sync.syncNow();
    await a.sync.syncNow();
    for (const side of [a, b]) expect(await arrangement(side)).toEqual(['two', 'three', 'one*']);
  });
});
