import { afterEach, describe, expect, it } from 'vitest';
import { accountData } from '../../otp/account';
import { deleteTestDatabases, seededRandomBytes, testVault } from '../../vault/__tests__/helpers';
import { boundSiteKeys, keepBoundSiteKeys, type BoundSiteKeys } from '../bound-site-keys';

afterEach(deleteTestDatabases);

function memoryStore() {
  let value: BoundSiteKeys | null = null;
  return { getValue: async () => value, setValue: async (next: BoundSiteKeys | null) => void (value = next) };
}

describe('the bound sites kept for while locked', () => {
  it('keeps no bound site, brand or word of one in the clear', async () => {
    const store = memoryStore();
    await boundSiteKeys({ store, randomBytes: seededRandomBytes(1) }).rebuild(['example-bank.co.jp', 'mizuho-sc.com']);
    const stored = JSON.stringify(await store.getValue());
    for (const word of ['example', 'bank', 'mizuho', 'co.jp', 'examplebank']) expect(stored).not.toContain(word);
  });

  it('recognises a look-alike from the stored set alone, as a restarted background does', async () => {
    const store = memoryStore();
    await boundSiteKeys({ store, randomBytes: seededRandomBytes(2) }).rebuild(['example-bank.co.jp']);
    const restarted = boundSiteKeys({ store, randomBytes: seededRandomBytes(3) });
    expect(await restarted.imitatesBound('examp1e-bank.co.jp')).toBe(true);
    expect(await restarted.imitatesBound('login.example-bank.co.jp')).toBe(false);
    expect(await restarted.imitatesBound('example.org')).toBe(false);
  });

  it('draws a new key for each rebuild, so two snapshots of storage do not show which sites stayed', async () => {
    const store = memoryStore();
    const keys = boundSiteKeys({ store, randomBytes: seededRandomBytes(4) });
    await keys.rebuild(['example-bank.co.jp']);
    const first = (await store.getValue())!;
    await keys.rebuild(['example-bank.co.jp']);
    const second = (await store.getValue())!;
    expect(second.key).not.toBe(first.key);
    expect(second.hashes.filter((hash) => first.hashes.includes(hash))).toEqual([]);
    expect(await keys.imitatesBound('examp1e-bank.co.jp')).toBe(true);
  });

  it('forgets every site once none is bound (the last account deleted, a new vault made)', async () => {
    const store = memoryStore();
    const keys = boundSiteKeys({ store, randomBytes: seededRandomBytes(5) });
    await keys.rebuild(['example-bank.co.jp']);
    await keys.rebuild([]);
    expect(await store.getValue()).toMatchObject({ hashes: [] });
    expect(await keys.imitatesBound('examp1e-bank.co.jp')).toBe(false);
  });
});

describe('keeping the set current', () => {
  it('rebuilds when the bound sites change (bind, edit, deletion), not for a label, and keeps it while locked', async () => {
    const vault = testVault();
    await vault.create('long enough pass');
    const store = memoryStore();
    let writes = 0;
    const counted = { ...store, setValue: async (value: BoundSiteKeys | null) => (writes++, store.setValue(value)) };
    const keys = boundSiteKeys({ store: counted, randomBytes: seededRandomBytes(6) });
    const rebuild = keepBoundSiteKeys(vault, keys);
    const bank = await vault.add(
      accountData({ secret: 'GEZDGNBVGY3TQOJQGEZDGNBV', issuer: 'Bank', domains: ['example-bank.co.jp'] }),
    );
    await rebuild();
    expect(await keys.imitatesBound('examp1e-bank.co.jp')).toBe(true);
    const afterBind = writes;
    await vault.edit(bank.id, { label: 'renamed' });
    await rebuild();
    expect(writes).toBe(afterBind);
    await vault.edit(bank.id, { domains: ['github.com'] });
    await rebuild();
    expect(await keys.imitatesBound('examp1e-bank.co.jp')).toBe(false);
    expect(await keys.imitatesBound('githab.com')).toBe(true);
    await vault.lock();
    expect(await keys.imitatesBound('githab.com')).toBe(true);
    await vault.unlock('long enough pass');
    await vault.remove(bank.id);
    await rebuild();
    expect(await keys.imitatesBound('githab.com')).toBe(false);
  });
});
