import { afterEach, describe, expect, it } from 'vitest';
import { accountData } from '../../otp/account';
import { VaultError, WrongPasswordError } from '../errors';
import { DEFAULT_KDF_COST, argon2idHere, type Argon2idDerive, type KdfCost } from '../kdf';
import type { HeaderRow } from '../db';
import { Vault } from '../vault';
import { encode, importAesKey, seal } from '../crypto';
import {
  TEST_KDF_COST,
  deleteTestDatabases,
  memoryKeySession,
  reopened,
  seededRandomBytes,
  testVault,
} from './helpers';

const PASSWORD = 'correct horse battery';
const bitflyer = accountData({
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
  issuer: 'bitFlyer',
  label: 'taro@example.jp',
  domains: ['bitflyer.com'],
  notes: 'main account',
  recoveryCodes: ['1111-2222', '3333-4444'],
});
const zaif = accountData({ secret: 'KRSXG5CTMVRXEZLUKRSXG5CT', issuer: 'Zaif', label: 'hanako' });

afterEach(deleteTestDatabases);

/** The header but when the password was last typed (every unlock notes it: utils/vault/slots.ts). */
const wrapOf = (header: HeaderRow | undefined) => {
  const { passwordAt: _typed, ...wrap } = header!;
  return wrap;
};

async function unlockedVault() {
  const vault = testVault();
  await vault.create(PASSWORD);
  return vault;
}

describe('creating and opening', () => {
  it('starts uninitialised, and is unlocked once created', async () => {
    const vault = testVault();
    expect(await vault.state()).toBe('uninitialized');
    await vault.create(PASSWORD);
    expect(await vault.state()).toBe('unlocked');
  });

  it('refuses a short password', async () => {
    await expect(testVault().create('short')).rejects.toMatchObject({ code: 'weak-password' });
  });

  it('refuses to create over an existing vault', async () => {
    const vault = await unlockedVault();
    await expect(vault.create(PASSWORD)).rejects.toMatchObject({ code: 'already-initialized' });
  });

  it('stores Argon2id ≥ 64 MiB (128 MiB × 3) with a 16-byte salt by default', async () => {
    const vault = testVault({ kdfCost: DEFAULT_KDF_COST });
    await vault.create(PASSWORD);
    const header = await vault.testDeps.db.header.get('vault');
    expect(header?.kdf).toMatchObject({ algorithm: 'argon2id', memoryKiB: 131072, iterations: 3, parallelism: 1 });
    expect(header?.kdf.salt).toHaveLength(16);
    expect(header?.formatVersion).toBe(1);
  });

  it('round-trips accounts through lock and unlock', async () => {
    const vault = await unlockedVault();
    const added = await vault.add(bitflyer);
    await vault.lock();
    expect(await vault.state()).toBe('locked');
    await expect(vault.accounts()).rejects.toMatchObject({ code: 'locked' });
    const fresh = reopened(vault, memoryKeySession());
    expect(await fresh.state()).toBe('locked');
    await fresh.unlock(PASSWORD);
    expect(await fresh.accounts()).toEqual([added]);
  });

  it('stays unlocked across a background restart through the session key', async () => {
    const vault = await unlockedVault();
    await vault.add(bitflyer);
    const restarted = reopened(vault);
    expect(await restarted.state()).toBe('unlocked');
    expect((await restarted.accounts()).map((account) => account.issuer)).toEqual(['bitFlyer']);
  });

  it('accepts the password typed in full-width (IME) form', async () => {
    const vault = await unlockedVault();
    await vault.lock();
    await vault.unlock('ｃｏｒｒｅｃｔ　ｈｏｒｓｅ　ｂａｔｔｅｒｙ');
    expect(await vault.state()).toBe('unlocked');
  });
});

describe('a wrong password', () => {
  it('is its own error and changes nothing', async () => {
    const vault = await unlockedVault();
    await vault.add(bitflyer);
    await vault.lock();
    const before = await vault.testDeps.db.header.get('vault');
    const error = await vault.unlock('wrong password!').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WrongPasswordError);
    expect(error).not.toBeInstanceOf(VaultError);
    expect(await vault.state()).toBe('locked');
    expect(await vault.testDeps.db.header.get('vault')).toEqual(before);
    expect(await vault.testDeps.db.accounts.count()).toBe(1);
  });
});

describe('tampering', () => {
  it('lists a row whose ciphertext was altered as damaged; the others work, and it can be removed', async () => {
    const vault = await unlockedVault();
    const { id } = await vault.add(bitflyer);
    const kept = await vault.add(zaif);
    const row = (await vault.testDeps.db.accounts.get(id))!;
    const ciphertext = row.sealed.ciphertext.slice();
    ciphertext[3]! ^= 1;
    await vault.testDeps.db.accounts.put({ ...row, sealed: { ...row.sealed, ciphertext } });
    const later = reopened(vault);
    expect(await later.accounts()).toEqual([kept]);
    expect(await later.damagedRows()).toEqual([{ id, updatedAt: row.updatedAt }]);
    await later.remove(id);
    expect(await later.damagedRows()).toEqual([]);
    expect(await vault.testDeps.db.accounts.count()).toBe(1);
  });

  it('unlocks with the password past a damaged row', async () => {
    const vault = await unlockedVault();
    const kept = await vault.add(bitflyer);
    await vault.testDeps.db.accounts.put({ ...(await vault.testDeps.db.accounts.get(kept.id))!, id: 'garbage' });
    await vault.lock();
    await vault.unlock(PASSWORD);
    expect(await vault.accounts()).toEqual([kept]);
    expect((await vault.damagedRows()).map((row) => row.id)).toEqual(['garbage']);
  });

  it('lists rows whose ciphertexts were swapped as damaged', async () => {
    const vault = await unlockedVault();
    const first = await vault.add(bitflyer);
    const second = await vault.add(zaif);
    const [a, b] = [
      (await vault.testDeps.db.accounts.get(first.id))!,
      (await vault.testDeps.db.accounts.get(second.id))!,
    ];
    await vault.testDeps.db.accounts.bulkPut([
      { ...a, sealed: b.sealed },
      { ...b, sealed: a.sealed },
    ]);
    const later = reopened(vault);
    expect(await later.accounts()).toEqual([]);
    expect((await later.damagedRows()).map((row) => row.id).sort()).toEqual([first.id, second.id].sort());
  });

  it('refuses a header whose key-derivation cost Omamori never writes, before deriving', async () => {
    const vault = await unlockedVault();
    const header = (await vault.testDeps.db.header.get('vault'))!;
    await vault.testDeps.db.header.put({ ...header, kdf: { ...header.kdf, iterations: 2 ** 32 } });
    await vault.lock();
    await expect(vault.unlock(PASSWORD)).rejects.toMatchObject({ code: 'corrupt' });
  });

  it('refuses a vault of a newer format, changing nothing', async () => {
    const vault = await unlockedVault();
    await vault.add(bitflyer);
    const header = (await vault.testDeps.db.header.get('vault'))!;
    await vault.testDeps.db.header.put({ ...header, formatVersion: header.formatVersion + 1 });
    await vault.lock();
    await expect(vault.unlock(PASSWORD)).rejects.toMatchObject({ code: 'newer-format' });
    await expect(reopened(vault).accounts()).rejects.toMatchObject({ code: 'newer-format' });
    expect(await vault.testDeps.db.accounts.count()).toBe(1);
  });
});

describe('raising the key-derivation cost', () => {
  // Small stand-ins for the old cost (64 MiB × 3) and today's, so the test stays quick.
  const RAISED: KdfCost = { ...TEST_KDF_COST, memoryKiB: TEST_KDF_COST.memoryKiB * 2, iterations: 2 };
  const counting = () => {
    const costs: number[] = [];
    const derive: Argon2idDerive = (password, params) => {
      costs.push(params.memoryKiB * params.iterations);
      return argon2idHere(password, params);
    };
    return { derive, costs };
  };

  it("wraps a vault made at a lower cost again at today's on its next unlock, with the same key", async () => {
    const old = await unlockedVault();
    const added = await old.add(bitflyer);
    const before = (await old.testDeps.db.header.get('vault'))!;
    const { vaultKey } = await old.backupMaterial();
    await old.lock();
    const { derive, costs } = counting();
    const changes: string[] = [];
    const upgraded = new Vault({ ...old.testDeps, session: memoryKeySession(), kdfCost: RAISED, derive });
    upgraded.onChange(() => changes.push('changed'));

    await upgraded.unlock(PASSWORD);
    const after = (await old.testDeps.db.header.get('vault'))!;
    expect(after.kdf).toMatchObject({ memoryKiB: RAISED.memoryKiB, iterations: RAISED.iterations });
    expect(after.kdf.salt).not.toEqual(before.kdf.salt);
    expect(after.keyCheck).toEqual(before.keyCheck);
    expect(costs).toEqual([256, 1024]);
    expect(changes).toEqual(['changed']);
    expect((await upgraded.backupMaterial()).vaultKey).toEqual(vaultKey);
    expect(await upgraded.accounts()).toEqual([added]);

    // Once: the next unlock derives once, at the new cost, and writes nothing.
    await upgraded.lock();
    await upgraded.unlock(PASSWORD);
    expect(costs).toEqual([256, 1024, 1024]);
    expect((await old.testDeps.db.header.get('vault'))!.updatedAt).toBe(after.updatedAt);
    expect(changes).toEqual(['changed']);
    expect(await upgraded.passwordOpens('not the password')).toBe(false);
  });

  it("leaves a vault at today's cost as it is", async () => {
    const vault = await unlockedVault();
    const before = (await vault.testDeps.db.header.get('vault'))!;
    await vault.lock();
    await vault.unlock(PASSWORD);
    expect(wrapOf(await vault.testDeps.db.header.get('vault'))).toEqual(wrapOf(before));
  });

  it('keeps the old wrap, and the vault open, when the new one cannot be made', async () => {
    const old = await unlockedVault();
    await old.add(bitflyer);
    const before = (await old.testDeps.db.header.get('vault'))!;
    await old.lock();
    const derive: Argon2idDerive = (password, params) =>
      params.memoryKiB === RAISED.memoryKiB
        ? Promise.reject(new Error('out of memory'))
        : argon2idHere(password, params);
    const upgraded = new Vault({ ...old.testDeps, session: memoryKeySession(), kdfCost: RAISED, derive });
    await upgraded.unlock(PASSWORD);
    expect(await upgraded.state()).toBe('unlocked');
    expect(wrapOf(await old.testDeps.db.header.get('vault'))).toEqual(wrapOf(before));
  });
});

describe('changing the password', () => {
  it('rotates the key: the old password stops working, accounts stay', async () => {
    const vault = await unlockedVault();
    const added = await vault.add(bitflyer);
    const before = (await vault.testDeps.db.accounts.get(added.id))!;
    expect(await vault.changePassword(PASSWORD, 'a new long password')).toEqual({ backupPasswordRemoved: false });
    expect((await vault.testDeps.db.accounts.get(added.id))!.sealed).not.toEqual(before.sealed);
    await vault.lock();
    await expect(vault.unlock(PASSWORD)).rejects.toBeInstanceOf(WrongPasswordError);
    await vault.unlock('a new long password');
    expect(await vault.accounts()).toEqual([added]);
  });

  it('leaves nothing the old key opens: rows and wrapped key are under a new key', async () => {
    const vault = await unlockedVault();
    const added = await vault.add(bitflyer);
    const oldKey = await vault.testDeps.session.load();
    await vault.changePassword(PASSWORD, 'a new long password');
    const newKey = await vault.testDeps.session.load();
    expect(newKey).not.toEqual(oldKey);
    // A background still holding the old key (stopped midway) is locked, not confused.
    const stale = memoryKeySession();
    await stale.save(oldKey!);
    await expect(reopened(vault, stale).accounts()).rejects.toMatchObject({ code: 'locked' });
    expect(await stale.load()).toBeNull();
    expect(await reopened(vault).accounts()).toEqual([added]);
  });

  it('removes a separate backup password, which wrapped the old key', async () => {
    const vault = await unlockedVault();
    await vault.setBackupPassword(PASSWORD, 'a separate backup password');
    expect(await vault.changePassword(PASSWORD, 'a new long password')).toEqual({ backupPasswordRemoved: true });
    expect(await vault.hasSeparateBackupPassword()).toBe(false);
  });

  it('with a wrong current password changes nothing', async () => {
    const vault = await unlockedVault();
    const before = await vault.testDeps.db.header.get('vault');
    await expect(vault.changePassword('not it at all', 'a new long password')).rejects.toBeInstanceOf(
      WrongPasswordError,
    );
    expect(await vault.testDeps.db.header.get('vault')).toEqual(before);
  });
});

describe('accounts', () => {
  it('refuses the same secret twice', async () => {
    const vault = await unlockedVault();
    await vault.add(bitflyer);
    await expect(vault.add({ ...bitflyer, label: 'other' })).rejects.toMatchObject({ code: 'duplicate' });
  });

  it('edits, reorders and removes', async () => {
    const vault = await unlockedVault();
    const first = await vault.add(bitflyer);
    const second = await vault.add(zaif);
    await vault.edit(first.id, { label: 'taro', domains: ['bitflyer.com', 'bitflyer.jp'] });
    await vault.move(second.id, { before: first.id });
    const restarted = reopened(vault);
    expect((await restarted.accounts()).map((account) => [account.issuer, account.label])).toEqual([
      ['Zaif', 'hanako'],
      ['bitFlyer', 'taro'],
    ]);
    await restarted.remove(second.id);
    expect((await reopened(vault).accounts()).map((account) => account.id)).toEqual([first.id]);
  });

  it('advances an HOTP counter and keeps it', async () => {
    const vault = await unlockedVault();
    const hotp = await vault.add(accountData({ type: 'hotp', secret: 'GEZDGNBVGY3TQOJQGEZDGNBV', counter: 4 }));
    expect((await vault.advanceCounter(hotp.id)).counter).toBe(5);
    expect((await reopened(vault).account(hotp.id)).counter).toBe(5);
  });

  it('stores neither secret, label, issuer nor notes in the clear', async () => {
    const vault = await unlockedVault();
    await vault.add(bitflyer);
    const raw = JSON.stringify(
      { header: await vault.testDeps.db.header.toArray(), accounts: await vault.testDeps.db.accounts.toArray() },
      (_, value) => (value instanceof Uint8Array ? new TextDecoder('latin1').decode(value) : value),
    );
    for (const text of [
      bitflyer.secret,
      bitflyer.label,
      bitflyer.issuer,
      bitflyer.notes,
      'bitflyer.com',
      '1111-2222',
    ]) {
      expect(raw).not.toContain(text);
    }
  });
});

describe('validation at the vault', () => {
  it('refuses an invalid account on add and on edit, changing nothing', async () => {
    const vault = await unlockedVault();
    await expect(vault.add({ ...bitflyer, period: 0 })).rejects.toMatchObject({ code: 'invalid-period' });
    await expect(vault.add({ ...bitflyer, algorithm: 'MD5' as never })).rejects.toMatchObject({
      code: 'invalid-algorithm',
    });
    const added = await vault.add(bitflyer);
    await expect(vault.edit(added.id, { label: 'x'.repeat(10_000) })).rejects.toMatchObject({ code: 'invalid-label' });
    expect(await vault.accounts()).toEqual([added]);
  });

  it('lists a row that decrypts to an invalid account as damaged', async () => {
    const vault = await unlockedVault();
    const added = await vault.add(bitflyer);
    const row = (await vault.testDeps.db.accounts.get(added.id))!;
    const key = await importAesKey((await vault.testDeps.session.load())!);
    const sealed = await seal(
      key,
      encode(JSON.stringify({ ...bitflyer, digits: 99 })),
      `omamori/account/v1/${added.id}`,
      seededRandomBytes(9),
    );
    await vault.testDeps.db.accounts.put({ ...row, sealed });
    const later = reopened(vault);
    expect(await later.accounts()).toEqual([]);
    expect((await later.damagedRows()).map((damaged) => damaged.id)).toEqual([added.id]);
  });
});

describe('secret settings', () => {
  it('are sealed under the vault key, read back, forgotten, and follow a key rotation', async () => {
    const vault = await unlockedVault();
    await vault.setSecret('webdav', { url: 'https://dav.example.net/', password: 'app-password-123' });
    expect(JSON.stringify(await vault.testDeps.db.secrets.toArray())).not.toContain('app-password-123');
    expect(await reopened(vault).secret('webdav')).toEqual({
      url: 'https://dav.example.net/',
      password: 'app-password-123',
    });
    await vault.changePassword(PASSWORD, 'a new long password');
    await vault.lock();
    await vault.unlock('a new long password');
    expect(await vault.secret('webdav')).toEqual({ url: 'https://dav.example.net/', password: 'app-password-123' });
    await vault.setSecret('webdav', null);
    expect(await vault.secret('webdav')).toBeNull();
  });
});

describe('one writer at a time (path 4 of the backups issue)', () => {
  /**
   * Argon2id whose `nth` derivation after `hold` waits for `release`: a password change caught
   * midway (its first derivation checks the current password, its second wraps the new key).
   */
  function heldDerive(nth = 1) {
    let release!: () => void;
    let arrive!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const reached = new Promise<void>((resolve) => (arrive = resolve));
    let calls: number | null = null;
    const derive: Argon2idDerive = async (...args) => {
      if (calls !== null && ++calls === nth) {
        arrive();
        await held;
      }
      return argon2idHere(...args);
    };
    return { derive, reached, hold: () => (calls = 0), release: () => release() };
  }

  it('an account added while the password changes is sealed under the new key, not the discarded one', async () => {
    const gate = heldDerive(2);
    const vault = testVault({ derive: gate.derive });
    await vault.create(PASSWORD);
    const hotp = await vault.add(accountData({ type: 'hotp', secret: 'GEZDGNBVGY3TQOJQGEZDGNBV', counter: 4 }));
    gate.hold();
    const change = vault.changePassword(PASSWORD, 'a new long password');
    // The change has taken its snapshot and is deriving the new wrap when these arrive.
    await gate.reached;
    const added = vault.add(zaif);
    const advanced = vault.advanceCounter(hotp.id);
    gate.release();
    await Promise.all([change, added, advanced]);
    await vault.lock();
    await vault.unlock('a new long password');
    expect(await vault.damagedRows()).toEqual([]);
    expect((await vault.accounts()).map((account) => account.issuer)).toContain('Zaif');
    expect((await vault.account(hotp.id)).counter).toBe(5);
  });

  it('a lock that lands during an unlock leaves the vault locked', async () => {
    const gate = heldDerive();
    const vault = testVault({ derive: gate.derive });
    await vault.create(PASSWORD);
    await vault.lock();
    gate.hold();
    const unlocking = vault.unlock(PASSWORD);
    await vault.lock();
    gate.release();
    await expect(unlocking).rejects.toMatchObject({ code: 'locked' });
    expect(await vault.state()).toBe('locked');
  });

  it('a lock that lands during a password change keeps the new password and leaves the vault locked', async () => {
    const gate = heldDerive();
    const vault = testVault({ derive: gate.derive });
    await vault.create(PASSWORD);
    gate.hold();
    const change = vault.changePassword(PASSWORD, 'a new long password');
    await vault.lock();
    gate.release();
    await change;
    expect(await vault.state()).toBe('locked');
    await vault.unlock('a new long password');
  });
});

describe('the trash', () => {
  it('keeps a deleted account, restores it with its id, and deletes it for good into a tombstone', async () => {
    const vault = await unlockedVault();
    const kept = await vault.add(bitflyer);
    await vault.remove(kept.id);
    expect(await vault.accounts()).toEqual([]);
    expect((await vault.trash()).map((account) => account.id)).toEqual([kept.id]);
    // The trash is sealed like the accounts, and survives a restart.
    expect((await reopened(vault).trash()).map((account) => account.label)).toEqual([bitflyer.label]);
    const restored = await vault.restoreFromTrash(kept.id);
    expect(restored).toMatchObject({ id: kept.id, secret: bitflyer.secret });
    await vault.remove(kept.id);
    await vault.purge([kept.id]);
    expect(await vault.trash()).toEqual([]);
    expect(await vault.testDeps.db.tombstones.toArray()).toEqual([expect.objectContaining({ id: kept.id })]);
    await expect(vault.restoreFromTrash(kept.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('follows a password change: the trash opens under the new key', async () => {
    const vault = await unlockedVault();
    await vault.remove((await vault.add(bitflyer)).id);
    await vault.changePassword(PASSWORD, 'a new long password');
    await vault.lock();
    await vault.unlock('a new long password');
    expect((await vault.trash()).map((account) => account.secret)).toEqual([bitflyer.secret]);
  });

  it('carries revisions that grow with every change, and a vault id that a password change keeps', async () => {
    const vault = await unlockedVault();
    const added = await vault.add(bitflyer);
    await vault.edit(added.id, { label: 'a' });
    await vault.edit(added.id, { label: 'b' });
    const before = await vault.contents();
    expect(before.accounts[0]).toMatchObject({ rev: 3, label: 'b' });
    await vault.changePassword(PASSWORD, 'a new long password');
    const after = await vault.contents();
    expect(after.vaultId).toBe(before.vaultId);
    expect(after.revision).toBeGreaterThan(before.revision);
    expect((await vault.identity()).retiredKeys).toHaveLength(1);
  });
});
