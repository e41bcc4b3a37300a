import { afterEach, describe, expect, it } from 'vitest';
import { accountData } from '../../otp/account';
import { deleteTestDatabases } from '../../vault/__tests__/helpers';
import { DAY_MS } from '../../vault/versions';
import { MANIFEST_KEY } from '../sync-chunks';
import { INCOMPLETE_DEADLINE_MS, syncStatus } from '../sync';
import { PASSWORD, sharedArea, simulatedBrowser, totp } from './sync-harness';

afterEach(deleteTestDatabases);

/** A and B on one sync account, B restored from A's copy. */
async function twoBrowsers(accounts = [totp('one', 'A'), totp('two', 'B'), totp('three', 'C')]) {
  const area = sharedArea();
  const a = simulatedBrowser(area, 1);
  await a.vault.create(PASSWORD);
  await a.vault.addMany(accounts);
  await a.sync.syncNow();
  const b = simulatedBrowser(area, 2, a.clock);
  expect(await b.sync.restore(PASSWORD)).toMatchObject({ added: accounts.length });
  return { area, a, b };
}

describe('the sync copy', () => {
  it('gives a new browser the vault, then merges both browsers’ additions and deletions, losing nothing', async () => {
    const { a, b } = await twoBrowsers();
    expect(await b.labels()).toEqual(['one', 'three', 'two']);
    await b.vault.add(totp('from-b', 'D'));
    await b.vault.remove((await b.byLabel('one')).id);
    await b.sync.syncNow();
    await a.vault.add(totp('from-a', 'E'));
    await a.vault.remove((await a.byLabel('two')).id);
    await a.sync.syncNow();
    await b.sync.syncNow();
    expect(await a.labels()).toEqual(['from-a', 'from-b', 'three']);
    expect(await b.labels()).toEqual(['from-a', 'from-b', 'three']);
    // Deleted on one side is in the trash on both.
    expect((await b.vault.trash()).map((account) => account.label).sort()).toEqual(['one', 'two']);
  });

  it('offers a new browser only that a copy is there: its count and date are sealed', async () => {
    const { area } = await twoBrowsers();
    const manifest = area.items[MANIFEST_KEY] as Record<string, unknown>;
    expect(Object.keys(manifest).sort()).toEqual(['chunks', 'format', 'keyId', 'vaultId', 'version']);
    const fresh = simulatedBrowser(area, 9);
    expect(await fresh.sync.offer()).toEqual({ present: true });
  });

  it('reveals no label, issuer or secret in storage.sync', async () => {
    const area = sharedArea();
    const a = simulatedBrowser(area, 3);
    await a.vault.create(PASSWORD);
    await a.vault.add(accountData({ secret: 'KRSXG5CTMVRXEZLUKRSXG5CT', issuer: 'Zaif', label: 'taro.yamada' }));
    await a.sync.syncNow();
    const raw = JSON.stringify(area.items);
    for (const plain of ['KRSXG5CTMVRXEZLUKRSXG5CT', 'Zaif', 'taro.yamada']) expect(raw).not.toContain(plain);
  });

  it('never overwrites the copy of another vault unless the person chooses to', async () => {
    const area = sharedArea();
    const a = simulatedBrowser(area, 5);
    await a.vault.create(PASSWORD);
    await a.vault.add(totp('mine', 'F'));
    await a.sync.syncNow();
    const before = JSON.stringify(area.items);
    const other = simulatedBrowser(area, 6);
    await other.vault.create('another password entirely');
    await other.vault.add(totp('theirs', 'G'));
    await other.sync.syncNow();
    expect(JSON.stringify(area.items)).toBe(before);
    expect(other.record()?.failure?.reason).toBe('other-vault');
    await other.sync.replaceCopy();
    const fresh = simulatedBrowser(area, 7);
    expect(await fresh.sync.restore('another password entirely')).toMatchObject({ added: 1 });
  });
});

describe('a password change (path 1)', () => {
  it('rewrites the copy under the new key: a new browser takes the new password, never the old', async () => {
    const { area, a } = await twoBrowsers();
    await a.vault.changePassword(PASSWORD, 'the new password');
    await a.sync.syncNow();
    expect(a.record()?.failure).toBeNull();
    expect(await simulatedBrowser(area, 20).sync.restore(PASSWORD)).toBe('wrong-password');
    expect(await simulatedBrowser(area, 21).sync.restore('the new password')).toMatchObject({ added: 3 });
  });

  it('another browser of the vault asks for the new password once, then carries on with its own changes', async () => {
    const { a, b } = await twoBrowsers();
    await b.vault.add(totp('b-before', 'H'));
    await a.vault.changePassword(PASSWORD, 'the new password');
    await a.sync.syncNow();
    await b.sync.syncNow();
    expect(b.record()?.failure?.reason).toBe('new-key');
    expect(await b.sync.adoptNewKey(PASSWORD)).toBe('wrong-password');
    expect(await b.sync.adoptNewKey('the new password')).toBeNull();
    expect(b.record()?.failure).toBeNull();
    await a.sync.syncNow();
    expect(await a.labels()).toEqual(['b-before', 'one', 'three', 'two']);
    // B's vault now opens with the new password only.
    await b.vault.lock();
    await expect(b.vault.unlock(PASSWORD)).rejects.toThrow('wrong password');
    await b.vault.unlock('the new password');
  });
});

describe('one-sided edits (path 2)', () => {
  it('reach the other browser as exactly one account with the new sites, no conflict copy', async () => {
    const { a, b } = await twoBrowsers([totp('one', 'A', { domains: ['bitflyer.com', 'bitf1yer.com'] })]);
    await a.vault.edit((await a.byLabel('one')).id, { domains: ['bitflyer.com'] });
    await a.sync.syncNow();
    await b.sync.syncNow();
    await a.sync.syncNow();
    for (const side of [a, b]) {
      const accounts = await side.vault.accounts();
      expect(accounts.map((account) => [account.label, account.domains])).toEqual([['one', ['bitflyer.com']]]);
      expect((await side.vault.conflicts()).size).toBe(0);
    }
  });

  it('edited on both sides at once: the newer stands and the older is one conflict copy, on both', async () => {
    const { a, b } = await twoBrowsers([totp('one', 'A')]);
    await a.vault.edit((await a.byLabel('one')).id, { label: 'edited on a' });
    await b.vault.edit((await b.byLabel('one')).id, { label: 'edited on b' });
    await a.sync.syncNow();
    await b.sync.syncNow();
    await a.sync.syncNow();
    await b.sync.syncNow();
    expect(await a.labels()).toEqual(await b.labels());
    expect(await a.labels()).toHaveLength(2);
    expect((await a.vault.conflicts()).size).toBe(1);
    // Keeping the copy (editing it) makes it an account like any other.
    const [copyId] = [...(await b.vault.conflicts()).keys()];
    await b.vault.edit(copyId!, { label: 'kept' });
    expect((await b.vault.conflicts()).size).toBe(0);
  });
});

describe('the bind policy (issue 22: every way an account arrives)', () => {
  it('a look-alike bound by another browser of the vault is dropped where it arrives; the account stays, reported, and a deletion there still wins', async () => {
    const { a, b } = await twoBrowsers([totp('bank', 'A', { domains: ['example-bank.co.jp'] })]);
    // Another browser wrote it (an older Omamori, or any bug that skipped the policy there).
    await b.vault.add(totp('phish', 'B', { domains: ['examp1e-bank.co.jp'] }));
    await b.sync.syncNow();
    await a.sync.syncNow();
    expect((await a.byLabel('phish')).domains).toEqual([]);
    expect((await a.byLabel('bank')).domains).toEqual(['example-bank.co.jp']);
    const status = await syncStatus(a.vault, a.record());
    expect(status.sitesLeftOut).toEqual([{ issuer: 'Example', label: 'phish' }]);
    expect(JSON.stringify(a.record())).not.toContain('examp1e');
    // Each browser drops what it refuses; a deletion on B still outranks A's drop.
    await b.vault.remove((await b.byLabel('phish')).id);
    await b.sync.syncNow();
    await a.sync.syncNow();
    expect((await a.vault.accounts()).map((account) => account.label)).toEqual(['bank']);
    // The report goes with the account.
    expect((await syncStatus(a.vault, a.record())).sitesLeftOut).toBeUndefined();
  });
});

describe('one writer at a time (path 4)', () => {
  it('a delete that lands while the copy is being read is not undone by that merge', async () => {
    const { area, a, b } = await twoBrowsers();
    const one = await a.byLabel('one');
    const read = area.get.bind(area);
    let deleteDuringRead = true;
    area.get = async () => {
      const items = await read();
      if (deleteDuringRead) await a.vault.remove(one.id);
      deleteDuringRead = false;
      return items;
    };
    await a.sync.syncNow();
    expect(await a.labels()).toEqual(['three', 'two']);
    // The delete's own sync carries it, to the other browser too.
    await a.sync.syncNow();
    await b.sync.syncNow();
    expect(await b.labels()).toEqual(['three', 'two']);
    expect((await b.vault.trash()).map((account) => account.label)).toEqual(['one']);
  });
});

describe('damaged rows (path 3)', () => {
  it('a row that stops opening on one browser is healed from the copy, and deleted nowhere', async () => {
    const { a, b } = await twoBrowsers();
    const one = await b.byLabel('one');
    const row = (await b.vault.testDeps.db.accounts.get(one.id))!;
    const ciphertext = row.sealed.ciphertext.slice();
    ciphertext[0]! ^= 1;
    await b.vault.testDeps.db.accounts.put({ ...row, sealed: { ...row.sealed, ciphertext } });
    await b.vault.lock();
    await b.vault.unlock(PASSWORD);
    expect((await b.vault.damagedRows()).map((damaged) => damaged.id)).toEqual([one.id]);
    await b.sync.syncNow();
    expect(await b.labels()).toEqual(['one', 'three', 'two']);
    expect(await b.vault.damagedRows()).toEqual([]);
    await a.sync.syncNow();
    expect(await a.labels()).toEqual(['one', 'three', 'two']);
  });
});

describe('damaged and half-arrived copies (path 5)', () => {
  it('a copy that does not open is replaced by the next sync', async () => {
    const { area, a } = await twoBrowsers();
    area.items['omamori.chunk.0'] = 'garbage';
    const manifest = area.items[MANIFEST_KEY] as { chunks: string[] };
    const digest = Array.from(
      new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode('garbage'))),
      (byte) => byte.toString(16).padStart(2, '0'),
    ).join('');
    area.items[MANIFEST_KEY] = { ...manifest, chunks: [digest, ...manifest.chunks.slice(1)] };
    await a.sync.syncNow();
    expect(a.record()?.failure).toBeNull();
    expect(await simulatedBrowser(area, 30).sync.restore(PASSWORD)).toMatchObject({ added: 3 });
  });

  it('a copy still arriving is waited for, then replaced after the deadline', async () => {
    const { area, a } = await twoBrowsers();
    delete area.items['omamori.chunk.0'];
    await a.sync.syncNow();
    expect(a.record()?.failure?.reason).toBe('incomplete');
    a.clock.now += INCOMPLETE_DEADLINE_MS + 1;
    await a.sync.syncNow();
    expect(a.record()?.failure).toBeNull();
    expect(await simulatedBrowser(area, 31).sync.restore(PASSWORD)).toMatchObject({ added: 3 });
  });
});

describe('deletions (paths 6 and 8)', () => {
  it('a deletion dated in the future deletes nothing', async () => {
    const { a, b } = await twoBrowsers();
    const one = await a.byLabel('one');
    a.clock.now += 365 * DAY_MS;
    await a.vault.remove(one.id);
    a.clock.now -= 365 * DAY_MS;
    await a.sync.syncNow();
    await b.sync.syncNow();
    expect(await b.labels()).toEqual(['one', 'three', 'two']);
  });

  it('an account deleted by mistake comes back from the trash after twelve more changes, everywhere', async () => {
    const { a, b } = await twoBrowsers();
    await a.vault.remove((await a.byLabel('one')).id);
    for (let change = 0; change < 12; change += 1) {
      await a.vault.add(totp(`n${change}`, String.fromCharCode(68 + change)));
      await a.sync.syncNow();
      await b.sync.syncNow();
    }
    expect(await b.labels()).not.toContain('one');
    const [trashed] = await b.vault.trash();
    await b.vault.restoreFromTrash(trashed!.id);
    await b.sync.syncNow();
    await a.sync.syncNow();
    expect(await a.labels()).toContain('one');
    expect(await a.vault.trash()).toEqual([]);
  });

  it('the trash empties after 30 days into tombstones that keep the account deleted', async () => {
    const { a, b } = await twoBrowsers();
    await a.vault.remove((await a.byLabel('one')).id);
    await a.sync.syncNow();
    await b.sync.syncNow();
    a.clock.now += 31 * DAY_MS;
    await a.sync.syncNow();
    await b.sync.syncNow();
    for (const side of [a, b]) {
      expect(await side.vault.trash()).toEqual([]);
      expect(await side.labels()).toEqual(['three', 'two']);
    }
  });
});
