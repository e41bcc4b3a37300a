import { readdir, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, launchExtension, type ExtensionHarness } from '../support/browsers';
import { drillAccounts, expectFillsOnExchanges, expectSameCodes, labels } from '../support/drill';
import { message } from '../support/locales';
import { sendFromPage } from '../support/messages';
import { OptionsPage } from '../support/pages/options';
import { screenshotPath } from '../support/screenshots';
import { waitUntil } from '../support/wait';
import { startWebDavServer, WEBDAV_PASSWORD, WEBDAV_USER, type WebDavTestServer } from '../support/webdav-server';
import { launchWithVault } from '../support/vault-state';

const PASSWORD = 'webdav drill password';
const ACCOUNTS = drillAccounts('hanako', 'MFRGGZDFMZTWQ2LKMFRGGZDF');

describe.each(BROWSER_KINDS)('%s: the lost-computer drill through the person’s WebDAV storage', (kind) => {
  let server: WebDavTestServer;
  const harnesses: ExtensionHarness[] = [];
  beforeAll(async () => {
    server = await startWebDavServer();
  });
  afterAll(async () => {
    for (const harness of harnesses) await harness.close();
    await server?.close();
  });

  it('backs up there after each change, and a fresh browser restores from there, same codes, fills', async () => {
    // The person's own folder exists on their server; Omamori makes its Omamori/ folder inside.
    const { url: folder, name: folderName } = await server.freshFolder('dav', kind);
    const { harness: first, control: a } = await launchWithVault(kind, PASSWORD);
    harnesses.push(first);
    const options = new OptionsPage(a);
    await options.reload('#webdav-form');
    await options.typeWebDavConnection(folder, WEBDAV_USER, WEBDAV_PASSWORD);
    await options.connectWebDav();
    await options.waitForWebDavConnected();
    for (const account of ACCOUNTS) await sendFromPage(a, 'addAccountManually', account);
    await waitUntil(
      'the backup to reach the WebDAV storage',
      async () => {
        const status = await sendFromPage(a, 'backupStatus', undefined);
        return (
          status.ok &&
          status.value.webdav?.at !== null &&
          status.value.webdav?.missing.length === 0 &&
          status.value.offComputer
        );
      },
      30_000,
    );
    await a.screenshot(screenshotPath(`webdav-${kind}-options`));

    // Only encrypted backups are there, and nothing readable in them.
    const files = await readdir(server.diskPath('dav', `${folderName}/Omamori`));
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((name) => /^omamori-backup-[\d-]+\.json$/.test(name))).toBe(true);
    for (const name of files) {
      const text = await readFile(server.diskPath('dav', `${folderName}/Omamori/${name}`), 'utf8');
      for (const account of ACCOUNTS) {
        expect(text).not.toContain(account.secret);
        expect(text).not.toContain(account.label);
      }
    }

    // Another computer: a fresh profile, the same WebDAV storage.
    const second = await launchExtension(kind);
    harnesses.push(second);
    const fresh = await OptionsPage.open(second);
    const b = fresh.page;
    await b.waitFor('#webdav-url');
    await fresh.typeWebDavConnection(folder, WEBDAV_USER, WEBDAV_PASSWORD);
    await fresh.restoreNewestWebDavBackup(PASSWORD);
    await waitUntil('the restore', async () => (await labels(b)).length === ACCOUNTS.length, 30_000);
    expect(await labels(b)).toEqual(ACCOUNTS.map((account) => account.label).sort());
    await expectSameCodes(b, ACCOUNTS);
    // The new vault keeps the connection: its next change goes there too.
    expect(await sendFromPage(b, 'webdavSettings', undefined)).toMatchObject({
      ok: true,
      value: { user: WEBDAV_USER },
    });
    await expectFillsOnExchanges(second, ACCOUNTS);
  });

  it('says the password was refused, and keeps nothing', async () => {
    const { harness, control } = await launchWithVault(kind, PASSWORD);
    harnesses.push(harness);
    const options = new OptionsPage(control);
    await options.reload('#webdav-form');
    await options.typeWebDavConnection(server.url('dav', `${kind}-refused/`), WEBDAV_USER, 'not the app password');
    await options.connectWebDav();
    expect(await options.webDavError()).toBe(message('en', 'webdavFailedUnauthorized'));
    expect(await sendFromPage(options.page, 'webdavSettings', undefined)).toEqual({ ok: true, value: null });
  });
});
