import type { ManualAccount } from '@/utils/messaging/protocol';
import type { AccountView } from '@/utils/otp/views';
import {
  launchExtension,
  type BrowserKind,
  type ExtensionHarness,
  type LaunchOptions,
  type TestPage,
} from './browsers';
import { sendFromPage } from './messages';
import { waitUntil } from './wait';

/**
 * Set-up through the background's own messages, for tests that share one browser: each
 * test puts the vault in the state it needs instead of inheriting the last test's.
 */

/** A new vault under `password`. */
export async function createVault(page: TestPage, password: string): Promise<void> {
  const created = await sendFromPage(page, 'createVault', { password });
  if (!created.ok) throw new Error(`createVault: ${created.reason}`);
}

/** A browser with Omamori and a new vault, and one of our pages to send set-up from. */
export async function launchWithVault(
  kind: BrowserKind,
  password: string,
  options?: LaunchOptions,
): Promise<{ harness: ExtensionHarness; control: TestPage }> {
  const harness = await launchExtension(kind, options);
  try {
    const control = await harness.openExtensionPage('options.html');
    await createVault(control, password);
    return { harness, control };
  } catch (error) {
    // The caller never got the harness to close.
    await harness.close();
    throw error;
  }
}

/** Unlocks the vault with `password` unless it is open already. */
export async function ensureUnlocked(page: TestPage, password: string): Promise<void> {
  const listed = await sendFromPage(page, 'listCodes', undefined);
  if (listed.ok) return;
  if (listed.reason !== 'locked') throw new Error(`vault: ${listed.reason}`);
  const opened = await sendFromPage(page, 'unlockVault', { password });
  if (!opened.ok) throw new Error(`unlock: ${opened.reason}`);
}

/** Every account in the vault, in list order (the vault must be open). */
export async function vaultAccounts(page: TestPage): Promise<readonly AccountView[]> {
  const listed = await sendFromPage(page, 'listCodes', undefined);
  if (!listed.ok) throw new Error(`listCodes: ${listed.reason}`);
  return listed.value.accounts;
}

export async function addAccount(page: TestPage, account: ManualAccount): Promise<AccountView> {
  const added = await sendFromPage(page, 'addAccountManually', account);
  if (!added.ok) throw new Error(`add ${account.issuer ?? ''} ${account.label ?? ''}: ${added.reason}`);
  return added.value;
}

export async function removeAllAccounts(page: TestPage): Promise<void> {
  for (const account of await vaultAccounts(page)) await sendFromPage(page, 'deleteAccount', { id: account.id });
}

/**
 * The vault holds exactly `accounts`, freshly added: whatever an earlier test added, bound
 * or remembered as the choice for a site is gone with the accounts it was kept on.
 */
export async function replaceAccounts(page: TestPage, accounts: readonly ManualAccount[]): Promise<AccountView[]> {
  await removeAllAccounts(page);
  const added: AccountView[] = [];
  for (const account of accounts) added.push(await addAccount(page, account));
  return added;
}

/** Waits until the automatic backup holds every account's latest version. */
export async function automaticBackupDone(page: TestPage): Promise<void> {
  await waitUntil(
    'the automatic backup of every account',
    async () => {
      const status = await sendFromPage(page, 'backupStatus', undefined);
      return status.ok && status.value.lastBackupAt !== null && status.value.notBackedUp.length === 0;
    },
    20_000,
  );
}
