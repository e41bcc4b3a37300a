import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import { accountData, type Account } from '../otp/account';
import { OtpError } from '../otp/errors';
import { normalizeSecret } from '../otp/secret';
import { parseOtpauthUri } from '../otp/uri';
import { accountView } from '../otp/views';
import type { AccountDetails, ProtocolMap, Result } from '../messaging/protocol';
import { domainsForIssuer } from '../sites/issuers';
import { VaultError, WrongPasswordError } from '../vault/errors';
import type { Vault } from '../vault/vault';
import { sitesToBind } from './account-sites';
import { AUTO_LOCK_CHOICES, type AutoLockMinutes, type ExchangePreferences } from '../settings';
import { EXCHANGES } from '../sites/exchanges';

/** Messages that content scripts answer, and the one they send. */
type ContentSide = 'fillCode' | 'fillRequested' | 'requestFill' | 'fillDone';
/** Messages only the extension's own pages (popup, options, in-page frame) may send. */
export type PageMessage = Exclude<keyof ProtocolMap, ContentSide>;

export interface Sender {
  readonly id?: string;
  readonly url?: string;
  readonly frameId?: number;
  /** Chromium only: the document that sent it. */
  readonly documentId?: string;
  readonly tab?: { readonly id?: number; readonly url?: string };
}

export type Handlers<K extends keyof ProtocolMap> = {
  [P in K]: (data: GetDataType<ProtocolMap[P]>, sender?: Sender) => Promise<GetReturnType<ProtocolMap[P]>>;
};

export type VaultMessage = Exclude<
  PageMessage,
  'pendingFill' | 'completePendingFill' | 'cancelPendingFill' | 'fillFromPopup' | 'tabSite' | 'scanTab' | 'scanImage' | 'scanReport' | 'addScanned' | 'importFile'
  | 'exportBackup' | 'restoreBackup' | 'checkBackup' | 'backupStatus' | 'setBackupPassword'
  | 'exportFile' | 'migrationCodes' | 'recoverySheet'
>;

interface Preference<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}

export interface VaultHandlerDeps {
  readonly vault: Vault;
  readonly now: () => number;
  readonly autoLockMinutes: Preference<AutoLockMinutes>;
  readonly exchangePreferences: Preference<Record<string, ExchangePreferences>>;
}

export const ok = <T>(value: T) => ({ ok: true as const, value });
export const fail = <R extends string>(reason: R) => ({ ok: false as const, reason });

/**
 * What the background answers to the extension's own pages. Errors of the vault and of
 * account parsing become `{ ok: false, reason }`; anything else is a bug and throws.
 */
export function vaultHandlers({ vault, now, autoLockMinutes, exchangePreferences }: VaultHandlerDeps): Handlers<VaultMessage> {
  const settings = async () => ({
    autoLockMinutes: await autoLockMinutes.getValue(),
    exchanges: await exchangePreferences.getValue(),
  });
  const view = (account: Account) => accountView(account, now());
  const withDomains = (account: ReturnType<typeof accountData>) =>
    account.domains.length ? account : { ...account, domains: domainsForIssuer(account.issuer) };

  return {
    createVault: ({ password }) => settle(() => vault.create(password).then(() => null)),
    unlockVault: ({ password }) => settle(() => vault.unlock(password).then(() => null)),
    lockVault: () => vault.lock().then(() => ok(null)),
    changePassword: ({ current, next }) => settle(() => vault.changePassword(current, next)),

    listCodes: () =>
      settle(async () => {
        const at = now();
        const accounts = (await vault.accounts()).map((account) => accountView(account, at));
        return { now: at, accounts, damaged: await vault.damagedRows() };
      }),
    removeDamaged: ({ id }) =>
      settle(async () => {
        if (!(await vault.damagedRows()).some((row) => row.id === id)) throw new VaultError('not-found', id);
        await vault.remove(id);
        return null;
      }),
    addAccountFromUri: ({ uri }) => settle(async () => view(await vault.add(withDomains(parseOtpauthUri(uri))))),
    addAccountManually: (draft) =>
      settle(async () => view(await vault.add(withDomains(accountData({ ...draft, secret: normalizeSecret(draft.secret) }))))),
    accountDetails: ({ id }) => settle(async () => details(await vault.account(id))),
    accountNotes: ({ id, vaultPassword }) =>
      settle(async () => {
        if (!(await vault.passwordOpens(vaultPassword))) throw new WrongPasswordError();
        const { notes, recoveryCodes } = await vault.account(id);
        return { notes, recoveryCodes };
      }),
    editAccount: ({ id, changes }) =>
      settleResult(async () => {
        const { domains } = changes;
        const sites = domains && (await sitesToBind(vault, id, { ...changes, domains }));
        if (sites && !sites.ok) return sites;
        await vault.edit(id, sites ? { ...changes, domains: sites.value } : changes);
        return ok(null);
      }),
    deleteAccount: ({ id }) => settle(() => vault.remove(id).then(() => null)),
    reorderAccounts: ({ ids }) => settle(() => vault.reorder(ids).then(() => null)),
    nextHotpCode: ({ id }) => settle(async () => view(await vault.advanceCounter(id))),

    getSettings: settings,
    setSettings: async (changes) => {
      const minutes = changes.autoLockMinutes;
      if (minutes !== undefined && AUTO_LOCK_CHOICES.includes(minutes)) await autoLockMinutes.setValue(minutes);
      if (changes.exchanges) await exchangePreferences.setValue(knownExchangesOnly(changes.exchanges));
      return ok(await settings());
    },
  };
}

function knownExchangesOnly(preferences: Record<string, ExchangePreferences>): Record<string, ExchangePreferences> {
  const known = new Set(EXCHANGES.map((exchange) => exchange.id));
  return Object.fromEntries(
    Object.entries(preferences)
      .filter(([id]) => known.has(id))
      .map(([id, { autoFill, autoSubmit }]) => [id, { autoFill: autoFill === true, autoSubmit: autoSubmit === true }]),
  );
}

function details(account: Account): AccountDetails {
  const { id, type, issuer, label, domains, algorithm, digits, period } = account;
  return { id, type, issuer, label, domains, algorithm, digits, period };
}

/**
 * Runs work that needs the open vault: a locked (or not yet created) vault becomes the
 * `locked` answer, so the page can ask for the password; anything else is a bug.
 */
export async function whenOpen<T>(work: () => Promise<T>): Promise<T | { ok: false; reason: 'locked' }> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof VaultError && (error.code === 'locked' || error.code === 'not-initialized')) {
      return { ok: false, reason: 'locked' };
    }
    throw error;
  }
}

/** `settle` for work that answers a tagged result of its own. */
export async function settleResult<T, Own extends string, Reason extends string>(
  work: () => Promise<Result<T, Own>>,
): Promise<Result<T, Own | Reason>> {
  const settled = await settle<Result<T, Own>, Reason>(work);
  return settled.ok ? settled.value : settled;
}

/** Runs `work`, turning the expected refusals into a tagged failure. */
export async function settle<T, Reason extends string>(
  work: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; reason: Reason }> {
  try {
    return ok(await work());
  } catch (error) {
    if (error instanceof WrongPasswordError) return { ok: false, reason: 'wrong-password' as Reason };
    if (error instanceof VaultError || error instanceof OtpError) return { ok: false, reason: error.code as Reason };
    throw error;
  }
}
