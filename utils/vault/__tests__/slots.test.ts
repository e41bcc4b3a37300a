import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { accountData } from '../../otp/account';
import { toBase64 } from '../../encoding';
import { VaultDb } from '../db';
import { Vault } from '../vault';
import { DAY_MS } from '../versions';
import { deleteTestDatabases, memoryKeySession, reopened, seededRandomBytes, testVault } from './helpers';

const PASSWORD = 'correct horse battery';
const CREDENTIAL = Uint8Array.from({ length: 32 }, (_, index) => index + 1);
const OTHER_CREDENTIAL = Uint8Array.from({ length: 32 }, (_, index) => 200 - index);
const SALT = new Uint8Array(32).fill(9);
/** What the authenticator answers for SALT: its secret, never stored by Omamori. */
const PRF = seededRandomBytes(77)(32);
const DAYS = 14;

afterEach(deleteTestDatabases);

/** A vault with one account and one key slot; the clock is the test's (`clock.now`). */
async function vaultWithSlot() {
  const clock = { now: Date.UTC(2026, 11, 1) };
  const vault = testVault({ now: () => clock.now });
  await vault.create(PASSWORD);
  await vault.add(accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'bitFlyer', label: 'taro' }));
  await vault.addKeySlot(PASSWORD, { name: 'This laptop', credentialId: CREDENTIAL, prfSalt: SALT }, PRF);
  const vaultKey = vault.testDeps.session.load();
  await vault.lock();
  return { vault, clock, vaultKey: (await vaultKey)! };
}

describe('unlock by touch (key slots)', () => {
  it('opens the vault with the PRF output of a slot, with no Argon2 on the path', async () => {
    const { vault } = await vaultWithSlot();
    let derivations = 0;
    const counting = new Vault({
      ...vault.testDeps,
      derive: (...args) => ((derivations += 1), vault.derive(...args)),
    });
    await counting.unlockByTouch(CREDENTIAL, PRF, DAYS);
    expect(await counting.state()).toBe('unlocked');
    expect((await counting.accounts()).map((account) => account.issuer)).toEqual(['bitFlyer']);
    expect(derivations).toBe(0);
  });

  it('refuses a wrong PRF output, and another credential: the vault stays locked', async () => {
    const { vault } = await vaultWithSlot();
    const wrong = PRF.slice();
    wrong[0]! ^= 1;
    await expect(vault.unlockByTouch(CREDENTIAL, wrong, DAYS)).rejects.toMatchObject({ code: 'touch-refused' });
    await expect(vault.unlockByTouch(OTHER_CREDENTIAL, PRF, DAYS)).rejects.toMatchObject({ code: 'touch-refused' });
    await expect(vault.unlockByTouch(CREDENTIAL, PRF.slice(0, 16), DAYS)).rejects.toMatchObject({
      code: 'touch-refused',
    });
    expect(await vault.state()).toBe('locked');
  });

  it('a removed slot opens nothing, and the offer falls back to the password', async () => {
    const { vault } = await vaultWithSlot();
    await vault.unlock(PASSWORD);
    const [slot] = await vault.keySlots();
    await vault.removeKeySlot(slot!.id);
    await vault.lock();
    expect(await vault.touchOffer(DAYS)).toEqual({ kind: 'password', why: 'no-slots' });
    await expect(vault.unlockByTouch(CREDENTIAL, PRF, DAYS)).rejects.toMatchObject({ code: 'password-due' });
    expect(await vault.state()).toBe('locked');
    await expect(vault.removeKeySlot(slot!.id)).rejects.toMatchObject({ code: 'locked' });
  });

  it('after a password change the slot no longer opens anything until it is renewed by a touch', async () => {
    const { vault, vaultKey } = await vaultWithSlot();
    await vault.unlock(PASSWORD);
    await vault.changePassword(PASSWORD, 'a new long password');
    const [stale] = await vault.keySlots();
    expect(stale!.wrappedKey).toBeUndefined();
    expect(stale!.credentialId).toEqual(CREDENTIAL);
    await vault.lock();
    // The new password is asked first, and says why.
    expect(await vault.touchOffer(DAYS)).toEqual({ kind: 'password', why: 'changed' });
    await expect(vault.unlockByTouch(CREDENTIAL, PRF, DAYS)).rejects.toMatchObject({ code: 'password-due' });
    await vault.unlock('a new long password');
    expect(await vault.touchOffer(DAYS)).toEqual({ kind: 'password', why: 'renew' });
    await vault.renewKeySlot(CREDENTIAL, PRF);
    const newKey = await vault.testDeps.session.load();
    expect(newKey).not.toEqual(vaultKey);
    await vault.lock();
    await vault.unlockByTouch(CREDENTIAL, PRF, DAYS);
    expect(await vault.testDeps.session.load()).toEqual(newKey);
  });

  it('a slot that wraps a discarded key is refused even if one were written back', async () => {
    const { vault } = await vaultWithSlot();
    const [before] = await vault.keySlots();
    await vault.unlock(PASSWORD);
    await vault.changePassword(PASSWORD, 'a new long password');
    await vault.unlock('a new long password');
    // An old copy of the slot (from a disk image of before the change) put back.
    await vault.testDeps.db.slots.put(before!);
    await vault.lock();
    await expect(vault.unlockByTouch(CREDENTIAL, PRF, DAYS)).rejects.toMatchObject({ code: 'touch-refused' });
    expect(await vault.state()).toBe('locked');
  });

  it('a damaged slot never stops the password, nor the other slots', async () => {
    const { vault } = await vaultWithSlot();
    await vault.unlock(PASSWORD);
    await vault.addKeySlot(PASSWORD, { name: 'YubiKey', credentialId: OTHER_CREDENTIAL, prfSalt: SALT }, PRF);
    const [first] = await vault.keySlots();
    const ciphertext = first!.wrappedKey!.ciphertext.slice();
    ciphertext[3]! ^= 0xff;
    await vault.testDeps.db.slots.put({ ...first!, wrappedKey: { ...first!.wrappedKey!, ciphertext } });
    await vault.testDeps.db.slots.put({ id: 'garbage', name: 7 } as never);
    await vault.lock();
    await expect(vault.unlockByTouch(CREDENTIAL, PRF, DAYS)).rejects.toMatchObject({ code: 'touch-refused' });
    expect((await vault.keySlots()).map((slot) => slot.name)).toEqual(['This laptop', 'YubiKey']);
    await vault.unlockByTouch(OTHER_CREDENTIAL, PRF, DAYS);
    await vault.lock();
    await vault.unlock(PASSWORD);
    expect((await vault.accounts()).map((account) => account.issuer)).toEqual(['bitFlyer']);
  });

  it('asks for the password once the last password unlock is `days` old', async () => {
    const { vault, clock } = await vaultWithSlot();
    clock.now += DAYS * DAY_MS - 1;
    expect((await vault.touchOffer(DAYS)).kind).toBe('touch');
    clock.now += 1;
    expect(await vault.touchOffer(DAYS)).toEqual({ kind: 'password', why: 'due' });
    await expect(vault.unlockByTouch(CREDENTIAL, PRF, DAYS)).rejects.toMatchObject({ code: 'password-due' });
    expect((await vault.touchOffer(30)).kind).toBe('touch');
    await vault.unlock(PASSWORD);
    await vault.lock();
    expect((await vault.touchOffer(DAYS)).kind).toBe('touch');
  });

  it('a wrong vault password adds no slot', async () => {
    const { vault } = await vaultWithSlot();
    await vault.unlock(PASSWORD);
    await expect(
      vault.addKeySlot('not the password', { name: 'x', credentialId: OTHER_CREDENTIAL, prfSalt: SALT }, PRF),
    ).rejects.toMatchObject({ name: 'WrongPasswordError' });
    expect(await vault.keySlots()).toHaveLength(1);
  });

  it('keeps no key material in the clear: not in the database, not in storage.local, not in a new session', async () => {
    const { vault, vaultKey } = await vaultWithSlot();
    const stored = JSON.stringify(
      {
        db: await Promise.all(vault.testDeps.db.tables.map((table) => table.toArray())),
        local: await fakeBrowser.storage.local.get(null),
      },
      (_, value: unknown) => (value instanceof Uint8Array ? toBase64(value) : value),
    );
    for (const secret of [vaultKey, PRF]) {
      expect(stored).not.toContain(toBase64(secret));
      expect(stored).not.toContain(Array.from(secret).join(','));
    }
    expect(await reopened(vault, memoryKeySession()).state()).toBe('locked');
  });
});

describe('schema version 4', () => {
  it('adds the key slots to a version-3 database and keeps its rows', async () => {
    const name = `omamori-migration-${Date.now()}`;
    const old = new Dexie(name);
    old.version(3).stores({ header: 'id', accounts: 'id, order', secrets: 'id', tombstones: 'id' });
    await old.table('tombstones').put({ id: 'gone', rev: 2, deletedAt: 1 });
    old.close();
    const db = new VaultDb(name);
    expect(await db.tombstones.toArray()).toEqual([{ id: 'gone', rev: 2, deletedAt: 1 }]);
    expect(await db.slots.count()).toBe(0);
    expect(db.verno).toBe(4);
    await db.delete();
  });
});
