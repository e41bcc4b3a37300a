import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import { accountData, type Account } from '../otp/account';
import { OtpError, type OtpErrorCode } from '../otp/errors';
import { normalizeSecret } from '../otp/secret';
import { parseOtpauthUri } from '../otp/uri';
import { accountView } from '../otp/views';
import type { AccountDetails, ProtocolMap, Result } from '../messaging/protocol';
import { domainsForIssuer } from '../sites/issuers';
import { VaultError, WrongPasswordError, type VaultErrorCode } from '../vault/errors';
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
    createVault: ({ password }) => settle(['weak-password', 'already-initialized'], () => vault.create(password).then(() => null)),
    unlockVault: ({ password }) =>
      settle(['wrong-password', 'not-initialized', 'newer-format'], () => vault.unlock(password).then(() => null)),
    lockVault: () => vault.lock().then(() => ok(null)),
    changePassword: ({ current, next }) =>
      settle(['locked', 'wrong-password', 'weak-password', 'newer-format'], () => vault.changePassword(current, next)),

    listCodes: () =>
      settle(['locked', 'not-initialized', 'newer-format'], async () => {
        const at = now();
        const accounts = (await vault.accounts()).map((account) => accountView(account, at));
        return { now: at, accounts, damaged: await vault.damagedRows() };
      }),
    removeDamaged: ({ id }) =>
      settle(['locked', 'not-found'], async () => {
        if (!(await vault.damagedRows()).some((row) => row.id === id)) throw new VaultError('not-found', id);
        await vault.remove(id);
        return null;
      }),
    addAccountFromUri: ({ uri }) =>
      settleAccount(['locked', 'duplicate'], async () => view(await vault.add(withDomains(parseOtpauthUri(uri))))),
    addAccountManually: (draft) =>
      settleAccount(['locked', 'duplicate'], async () =>
        view(await vault.add(withDomains(accountData({ ...draft, secret: normalizeSecret(draft.secret) })))),
      ),
    accountDetails: ({ id }) => settle(['locked', 'not-found'], async () => details(await vault.account(id))),
    accountNotes: ({ id, vaultPassword }) =>
      settle(['locked', 'not-found', 'wrong-password'], async () => {
        if (!(await vault.passwordOpens(vaultPassword))) throw new WrongPasswordError();
        const { notes, recoveryCodes } = await vault.account(id);
        return { notes, recoveryCodes };
      }),
    editAccount: ({ id, changes }) =>
      settleResult(['locked', 'not-found'], async () => {
        const { domains } = changes;
        const sites = domains && (await sitesToBind(vault, id, { ...changes, domains }));
        if (sites && !sites.ok) return sites;
        await vault.edit(id, sites ? { ...changes, domains: sites.value } : changes);
        return ok(null);
      }),
    deleteAccount: ({ id }) => settle(['locked', 'not-found'], () => vault.remove(id).then(() => null)),
    reorderAccounts: ({ ids }) => settle(['locked', 'not-found'], () => vault.reorder(ids).then(() => null)),
    nextHotpCode: ({ id }) => settle(['locked', 'not-found'], async () => view(await vault.advanceCounter(id))),

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

/** What the vault layer refuses with: a wrong password, or one of its own codes. */
type VaultReason = 'wrong-password' | VaultErrorCode;

function vaultReason(error: unknown): VaultReason | undefined {
  if (error instanceof WrongPasswordError) return 'wrong-password';
  if (error instanceof VaultError) return error.code;
  return undefined;
}

/**
 * The vault layer's one translator. Runs `work`; a refusal named in `expected` becomes
 * that reason (a vault not yet created is `locked` where `locked` is expected); any other
 * error goes on to the message boundary, which answers `internal`. The compiler checks
 * `expected` against each message's declared union.
 */
export async function settle<T, const R extends VaultReason>(expected: readonly R[], work: () => Promise<T>): Promise<Result<T, R>> {
  try {
    return ok(await work());
  } catch (error) {
    const reason = vaultReason(error);
    const known = expected.find((candidate) => candidate === reason) ?? (reason === 'not-initialized' ? expected.find((candidate) => candidate === 'locked') : undefined);
    if (known !== undefined) return fail(known);
    throw error;
  }
}

/** `settle` for work on an account description: its refusal (OtpError) is a reason too. */
export async function settleAccount<T, const R extends VaultReason>(
  expected: readonly R[],
  work: () => Promise<T>,
): Promise<Result<T, R | OtpErrorCode>> {
  try {
    return await settle(expected, work);
  } catch (error) {
    if (error instanceof OtpError) return fail(error.code);
    throw error;
  }
}

/** `settle` for work that answers a tagged result of its own. */
export async function settleResult<T, Own extends string, const R extends VaultReason>(
  expected: readonly R[],
  work: () => Promise<Result<T, Own>>,
): Promise<Result<T, Own | R>> {
  const settled = await settle(expected, work);
  return settled.ok ? settled.value : settled;
}
