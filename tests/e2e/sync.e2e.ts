import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, launchExtension, type ExtensionHarness, type TestPage } from '../support/browsers';
import { base32Of, drillAccounts, expectFillsOnExchanges, expectSameCodes, labels } from '../support/drill';
import { message } from '../support/locales';
import { sendFromPage } from '../support/messages';
import { PopupPage } from '../support/pages/popup';
import { screenshotPath } from '../support/screenshots';
import { waitUntil } from '../support/wait';
import { addAccount, launchWithVault, vaultAccounts } from '../support/vault-state';

const PASSWORD = 'sync drill password';
const ACCOUNTS = drillAccounts('taro', 'KRSXG5CTMVRXEZLUKRSXG5CT');

/** What the browser's sync service would carry: storage.sync, read raw from an extension page. */
const readSync = (page: TestPage) =>
  page.evaluate(
    async () => ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.sync.get(null),
    undefined,
  );
const replaceSync = (page: TestPage, items: Record<string, unknown>) =>
  page.evaluate(async (copied) => {
    const area = ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.sync;
    await area.clear();
    await area.set(copied);
  }, items);

/** Waits until the sync copy holds every account's latest version (the backup section says so too). */
async function syncedOffComputer(page: TestPage): Promise<void> {
  await waitUntil(
    'the sync copy to hold every change',
    async () => {
      const status = await sendFromPage(page, 'backupStatus', undefined);
      return status.ok && status.value.offComputer;
    },
    30_000,
  );
}

describe.each(BROWSER_KINDS)('%s: the lost-computer drill through the browser’s sync', (kind) => {
  const harnesses: ExtensionHarness[] = [];
  afterAll(async () => {
    for (const harness of harnesses) await harness.close();
  });

  it('a fresh browser finds the backup in sync, restores it with the password, gives the same codes and fills; then both browsers merge', async () => {
    const { harness: first, control: a } = await launchWithVault(kind, PASSWORD);
    harnesses.push(first);
    for (const account of ACCOUNTS) await addAccount(a, account);
    await syncedOffComputer(a);
    const copied = await readSync(a);
    const raw = JSON.stringify(copied);
    for (const account of ACCOUNTS) {
      expect(raw).not.toContain(account.secret);
      expect(raw).not.toContain(account.label);
    }
    expect(raw).not.toContain('bitFlyer');

    // Another computer: a fresh profile whose sync brought A's storage.sync.
    const second = await launchExtension(kind);
    harnesses.push(second);
    const b = await second.openExtensionPage('options.html');
    await replaceSync(b, copied);
    const popup = await PopupPage.open(second);
    // Offered before any "create a new vault"; its count and date show only once it opens.
    expect(await popup.syncOfferText()).toBe(message('en', 'syncOfferText'));
    await popup.screenshot(screenshotPath(`sync-${kind}-offer`));
    await popup.restoreFromSync(PASSWORD);
    await popup.waitForAccounts();
    expect(await labels(b)).toEqual(ACCOUNTS.map((account) => account.label).sort());
    await expectSameCodes(b, ACCOUNTS);
    await expectFillsOnExchanges(second, ACCOUNTS);

    // Both browsers change: each adds one account and deletes another.
    const remove = async (page: TestPage, label: string) => {
      const id = (await vaultAccounts(page)).find((account) => account.label === label)!.id;
      await sendFromPage(page, 'deleteAccount', { id });
    };
    await addAccount(a, {
      issuer: 'Example',
      label: 'added-on-a',
      secret: `GEZDGNBVGY3TQOJQGEZDGNBV${base32Of(77)}`,
    });
    await remove(a, 'taro-0');
    await addAccount(b, {
      issuer: 'Example',
      label: 'added-on-b',
      secret: `GEZDGNBVGY3TQOJQGEZDGNBV${base32Of(88)}`,
    });
    await remove(b, 'taro-1');
    await syncedOffComputer(a);
    await syncedOffComputer(b);
    // The sync service carries A's copy to B, then B's merged copy back to A.
    await replaceSync(b, await readSync(a));
    const expected = [
      ...ACCOUNTS.map((account) => account.label).filter((label) => label !== 'taro-0' && label !== 'taro-1'),
      'added-on-a',
      'added-on-b',
    ].sort();
    await waitUntil(
      'B to merge A’s changes',
      async () => JSON.stringify(await labels(b)) === JSON.stringify(expected),
      30_000,
    );
    await syncedOffComputer(b);
    await replaceSync(a, await readSync(b));
    await waitUntil(
      'A to merge B’s changes',
      async () => JSON.stringify(await labels(a)) === JSON.stringify(expected),
      30_000,
    );
    expect(await labels(a)).toEqual(await labels(b));
  });

  it('a password change reaches a fresh profile (the old password is refused); an edit of sites arrives as one account; a mistaken delete comes back from the trash after twelve changes; a damaged copy is replaced', async () => {
    const { harness: first, control: a } = await launchWithVault(kind, PASSWORD);
    harnesses.push(first);
    for (const account of ACCOUNTS.slice(0, 3)) await addAccount(a, account);
    await syncedOffComputer(a);
    const second = await launchExtension(kind);
    harnesses.push(second);
    const b = await second.openExtensionPage('options.html');
    await replaceSync(b, await readSync(a));
    expect(await sendFromPage(b, 'restoreFromSync', { password: PASSWORD })).toMatchObject({ ok: true });

    // Sites edited on A reach B as exactly one account, with no conflict copy.
    const [bound] = await vaultAccounts(a);
    const edit = await sendFromPage(a, 'editAccount', { id: bound!.id, changes: { domains: ['bitflyer.com'] } });
    expect(edit).toMatchObject({ ok: true });
    await syncedOffComputer(a);
    await replaceSync(b, await readSync(a));
    await waitUntil(
      'B to take A’s edit',
      async () =>
        (await vaultAccounts(b)).find((account) => account.id === bound!.id)?.domains.join() === 'bitflyer.com',
      30_000,
    );
    const codes = await sendFromPage(b, 'listCodes', undefined);
    expect(codes.ok && codes.value.accounts.length).toBe(3);
    expect(codes.ok && codes.value.conflicts).toEqual({});

    // Deleted by mistake, then twelve more changes: still in the trash, restored with one click.
    expect(await sendFromPage(a, 'deleteAccount', { id: bound!.id })).toMatchObject({ ok: true });
    for (let change = 0; change < 12; change += 1)
      await addAccount(a, {
        issuer: 'Example',
        label: `later-${change}`,
        secret: `MFRGGZDFMZTWQ2LK${base32Of(change)}`,
      });
    const trash = await sendFromPage(a, 'listTrash', undefined);
    expect(trash.ok && trash.value.map((entry) => entry.id)).toEqual([bound!.id]);
    expect(await sendFromPage(a, 'restoreFromTrash', { id: bound!.id })).toMatchObject({ ok: true });
    expect((await vaultAccounts(a)).some((account) => account.id === bound!.id)).toBe(true);

    // A damaged copy in sync storage is replaced by the next change.
    await syncedOffComputer(a);
    // Whole (its digests match) but not a backup: written damaged, not still arriving.
    const items = await readSync(a);
    const manifest = items['omamori.manifest'] as { chunks: string[] };
    const digest = createHash('sha256').update('damaged').digest('hex');
    const damaged = { ...manifest, chunks: [digest, ...manifest.chunks.slice(1)] };
    await replaceSync(a, { ...items, 'omamori.chunk.0': 'damaged', 'omamori.manifest': damaged });
    await addAccount(a, { issuer: 'Example', label: 'after-damage', secret: `MFRGGZDFMZTWQ2LK${base32Of(99)}` });
    await syncedOffComputer(a);

    // The password changes on A: a fresh profile restores with the new one only.
    const keyOf = async () => ((await readSync(a))['omamori.manifest'] as { keyId: string }).keyId;
    const oldKey = await keyOf();
    expect(await sendFromPage(a, 'changePassword', { current: PASSWORD, next: 'a brand new password' })).toMatchObject({
      ok: true,
    });
    await waitUntil('the copy to be written under the new key', async () => (await keyOf()) !== oldKey, 30_000);
    const third = await launchExtension(kind);
    harnesses.push(third);
    const c = await third.openExtensionPage('options.html');
    await replaceSync(c, await readSync(a));
    expect(await sendFromPage(c, 'restoreFromSync', { password: PASSWORD })).toMatchObject({
      ok: false,
      reason: 'wrong-password',
    });
    const restored = await sendFromPage(c, 'restoreFromSync', { password: 'a brand new password' });
    expect(restored).toMatchObject({ ok: true, value: { added: (await vaultAccounts(a)).length } });
  }, 120_000); // three browsers, fifteen changes, a password change: twice the usual test time
});
