import { afterEach, describe, expect, it } from 'vitest';
import { accountData } from '../../otp/account';
import { openBackup, writeBackup } from '../../backup/format';
import { deleteTestDatabases, reopened, seededRandomBytes, testVault } from './helpers';

const PASSWORD = 'arrangement test password';
const totp = (label: string, letter: string) =>
  accountData({ secret: `JBSWY3DPEHPK3PXP${letter}BSWY3DP`, issuer: 'Example', label });

afterEach(deleteTestDatabases);

async function vaultOf(...labels: string[]) {
  const vault = testVault();
  await vault.create(PASSWORD);
  await vault.addMany(labels.map((label, index) => totp(label, 'ABCDEFGHIJ'[index]!)));
  return vault;
}
const labels = async (vault: { accounts(): Promise<{ label: string }[]> }) =>
  (await vault.accounts()).map((account) => account.label);
const revs = async (vault: Awaited<ReturnType<typeof vaultOf>>) =>
  Object.fromEntries((await vault.contents()).accounts.map((entry) => [entry.label, entry.rev]));

describe('pins, groups and the person’s order', () => {
  it('keeps a pin and a group sealed with the account, under a new revision, after a restart', async () => {
    const vault = await vaultOf('one', 'two');
    const one = (await vault.accounts())[0]!;
    await vault.edit(one.id, { pinned: true, group: '取引所' });
    const again = await reopened(vault).account(one.id);
    expect(again).toMatchObject({ pinned: true, group: '取引所' });
    expect(await revs(vault)).toEqual({ one: 2, two: 1 });
    // Sealed: neither the group nor the pin is in the row's plain fields.
    const row = await vault.testDeps.db.accounts.get(one.id);
    expect(Object.keys(row!).sort()).toEqual(['createdAt', 'id', 'order', 'rev', 'sealed', 'updatedAt']);
    expect(new TextDecoder().decode(row!.sealed.ciphertext)).not.toContain('取引所');
  });

  it('refuses a group longer than 64 characters', async () => {
    const vault = await vaultOf('one');
    const [one] = await vault.accounts();
    await expect(vault.edit(one!.id, { group: 'g'.repeat(65) })).rejects.toMatchObject({ code: 'invalid-group' });
  });

  it('moves an account by versioning it alone, and keeps the order after a restart', async () => {
    const vault = await vaultOf('one', 'two', 'three', 'four');
    const byLabel = new Map((await vault.accounts()).map((account) => [account.label, account.id]));
    await vault.move(byLabel.get('four')!, { before: byLabel.get('two')! });
    expect(await labels(vault)).toEqual(['one', 'four', 'two', 'three']);
    expect(await revs(vault)).toEqual({ one: 1, two: 1, three: 1, four: 2 });
    await vault.move(byLabel.get('one')!, { after: byLabel.get('three')! });
    expect(await labels(reopened(vault))).toEqual(['four', 'two', 'three', 'one']);
    // In the backup and the sync copy, in that order.
    expect((await vault.contents()).accounts.map((entry) => entry.label)).toEqual(['four', 'two', 'three', 'one']);
  });

  it('moving nowhere writes nothing; an unknown account or neighbour is not-found', async () => {
    const vault = await vaultOf('one', 'two');
    const [one, two] = await vault.accounts();
    const revision = (await vault.identity()).revision;
    await vault.move(two!.id, { after: one!.id });
    expect((await vault.identity()).revision).toBe(revision);
    await expect(vault.move(one!.id, { before: 'nobody' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(vault.move('nobody', { before: one!.id })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keeps the order of a vault from before positions, and renumbers it once on the first move between two', async () => {
    const source = await vaultOf('one', 'two', 'three');
    const contents = await source.contents();
    // A copy written before positions existed: every account at 0, the list in its order.
    const old = { ...contents, accounts: contents.accounts.map((entry) => ({ ...entry, position: 0 })) };
    let made = 0;
    const vault = testVault({ newId: () => `here-${++made}` });
    await vault.adopt(PASSWORD, (await source.backupMaterial()).vaultKey, old);
    expect(await labels(vault)).toEqual(['one', 'two', 'three']);
    const ids = (await vault.accounts()).map((account) => account.id);
    await vault.move(ids[2]!, { before: ids[1]! });
    expect(await labels(reopened(vault))).toEqual(['one', 'three', 'two']);
    expect((await vault.accounts()).map((account) => account.position)).toEqual([1, 2, 3]);
    // An account added later goes last.
    await vault.add(totp('four', 'K'));
    expect(await labels(vault)).toEqual(['one', 'three', 'two', 'four']);
  });

  it('puts an imported account last, keeping its pin and group; one restored from the trash where it was', async () => {
    const vault = await vaultOf('one', 'two');
    const [one] = await vault.accounts();
    await vault.move((await vault.accounts())[1]!.id, { before: one!.id });
    await vault.add({ ...totp('three', 'K'), position: -50, pinned: true, group: '仕事' });
    expect(await labels(vault)).toEqual(['two', 'one', 'three']);
    expect((await vault.accounts())[2]).toMatchObject({ pinned: true, group: '仕事' });
    // Out of the trash, back where it was: a restore on two browsers is one version.
    await vault.remove(one!.id);
    await vault.restoreFromTrash(one!.id);
    expect(await labels(vault)).toEqual(['two', 'one', 'three']);
  });

  it('carries pin, group and position in a backup file', async () => {
    const vault = await vaultOf('one', 'two');
    const [one, two] = await vault.accounts();
    await vault.edit(two!.id, { pinned: true, group: '仕事' });
    await vault.move(two!.id, { before: one!.id });
    const { envelope, vaultKey, contents } = await vault.backupMaterial();
    const file = await writeBackup(envelope, vaultKey, contents, new Date(0), seededRandomBytes(5));
    const opened = await openBackup(JSON.stringify(file), { password: PASSWORD }, vault.derive);
    expect(
      opened.contents.accounts.map(({ label, pinned, group, position }) => ({ label, pinned, group, position })),
    ).toEqual([
      { label: 'two', pinned: true, group: '仕事', position: 0 },
      { label: 'one', pinned: false, group: '', position: 1 },
    ]);
  });
});
