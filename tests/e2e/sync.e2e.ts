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
    // "Restore 10 accounts from <date> …", before any "create a new vault".
    expect(await popup.syncOfferText()).toMatch(
      new RegExp(`^${message('en', 'syncOfferText', '10', '§').split('§')[0]}`),
    );
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
});
