import type { Preference } from '../preference';
import { accountData, type Account, type AccountData } from '../otp/account';
import { normalizeSecret } from '../otp/secret';
import { parseOtpauthUri } from '../otp/uri';
import { viewsAt, viewsNow, type ClockOffsetFor } from '../otp/views';
import type { AccountDetails, VaultMessages } from '../messaging/protocol';
import { VaultError, WrongPasswordError } from '../vault/errors';
import type { AccountEdit, Vault } from '../vault/vault';
import { admitArrivals, boundSitesBut, sitesToBind } from './account-sites';
import { ok, settle, settleAccount, type Handlers } from './handlers';
import { AUTO_LOCK_CHOICES, passwordEveryDays, type AutoLockMinutes, type ExchangePreferences } from '../settings';
import { EXCHANGES } from '../sites/exchanges';

export interface VaultHandlerDeps {
  readonly vault: Vault;
  readonly now: () => number;
  readonly autoLockMinutes: Preference<AutoLockMinutes>;
  /** Days between password unlocks while unlock by touch is set up (7–30). */
  readonly passwordEveryDays: Preference<number>;
  readonly exchangePreferences: Preference<Record<string, ExchangePreferences>>;
  /** The clocks the person follows, read once: ms to add to this computer's time for codes of some sites. */
  readonly clockOffsets: () => Promise<ClockOffsetFor>;
  /**
   * A turn of the event loop for other work. The codes are worked out ahead of the first
   * question as the vault unlocks, a few accounts a task: Firefox's background page shares
   * the pages' thread, and one long task there would hold up the frame the unlock answers in.
   */
  readonly nextTurn: () => Promise<void>;
}

/** About 5 ms of codes a task in Firefox's background page. */
const CODES_PER_TURN = 50;

/**
 * What the background answers to the extension's own pages. Errors of the vault and of
 * account parsing become `{ ok: false, reason }`; anything else is a bug and throws.
 */
export function vaultHandlers({
  vault,
  now,
  autoLockMinutes,
  passwordEveryDays: everyDays,
  exchangePreferences,
  clockOffsets,
  nextTurn,
}: VaultHandlerDeps): Handlers<keyof VaultMessages> {
  const settings = async () => ({
    autoLockMinutes: await autoLockMinutes.getValue(),
    passwordEveryDays: passwordEveryDays(await everyDays.getValue()),
    exchanges: await exchangePreferences.getValue(),
  });
  const view = async (account: Account) => (await viewsNow([account], now, clockOffsets)).views[0]!;
  // Through the bind policy like every account that arrives (a known issuer binds to its exchange).
  const arriving = async (account: AccountData) =>
    admitArrivals([account], await boundSitesBut(vault)).accounts[0] ?? account;
  const listCodes = () =>
    settle(['locked', 'not-initialized', 'newer-format'], async () => {
      const { at, views } = await viewsNow(await vault.accounts(), now, clockOffsets);
      return {
        now: at,
        accounts: views,
        damaged: await vault.damagedRows(),
        conflicts: Object.fromEntries(await vault.conflicts()),
        trashed: (await vault.trash()).length,
      };
    });
  // The codes are wanted right after an unlock (the popup's form, or its next open): they
  // are worked out meanwhile, and remembered for their step (utils/otp/codes.ts).
  // A lock between two turns ends the work: its codes and decoded secrets would outlive
  // the lock's forgetting them (utils/otp/codes.ts).
  let locks = 0;
  vault.onLock(() => void (locks += 1));
  async function codesAhead(): Promise<void> {
    const unlockedAs = locks;
    const offsetFor = await clockOffsets();
    const accounts = await vault.accounts();
    for (let from = 0; from < accounts.length; from += CODES_PER_TURN) {
      await nextTurn();
      if (locks !== unlockedAs) return;
      viewsAt(accounts.slice(from, from + CODES_PER_TURN), now(), offsetFor);
    }
  }
  vault.onUnlock(() => void codesAhead().catch(() => undefined));

  return {
    createVault: ({ password }) =>
      settle(['weak-password', 'already-initialized'], () => vault.create(password).then(() => null)),
    unlockVault: ({ password }) =>
      settle(['locked', 'wrong-password', 'not-initialized', 'newer-format', 'corrupt'], () =>
        vault.unlock(password).then(() => null),
      ),
    lockVault: () => vault.lock().then(() => ok(null)),
    changePassword: ({ current, next }) =>
      settle(['locked', 'wrong-password', 'weak-password', 'newer-format'], () => vault.changePassword(current, next)),

    listCodes,
    removeDamaged: ({ id }) =>
      settle(['locked', 'not-found'], async () => {
        if (!(await vault.damagedRows()).some((row) => row.id === id)) throw new VaultError('not-found', id);
        await vault.remove(id);
        return null;
      }),
    addAccountFromUri: ({ uri }) =>
      settleAccount(['locked', 'duplicate'], async () => view(await vault.add(await arriving(parseOtpauthUri(uri))))),
    addAccountManually: (draft) =>
      settleAccount(['locked', 'duplicate'], async () =>
        view(await vault.add(await arriving(accountData({ ...draft, secret: normalizeSecret(draft.secret) })))),
      ),
    accountDetails: ({ id }) => settle(['locked', 'not-found'], async () => details(await vault.account(id))),
    accountNotes: ({ id, vaultPassword }) =>
      settle(['locked', 'not-found', 'wrong-password'], async () => {
        if (!(await vault.passwordOpens(vaultPassword))) throw new WrongPasswordError();
        const { notes, recoveryCodes, recoveryKit } = await vault.account(id);
        return { notes, recoveryCodes, recoveryKit };
      }),
    editAccount: async ({ id, changes, vaultPassword }) => {
      const settled = await settleAccount(['locked', 'not-found', 'wrong-password'], async () => {
        // What reading the notes takes, changing them takes too.
        if (touchesNotes(changes) && !(await vault.passwordOpens(vaultPassword ?? ''))) throw new WrongPasswordError();
        const { domains } = changes;
        const sites = domains && (await sitesToBind(vault, id, { ...changes, domains }));
        if (sites && !sites.ok) return sites;
        await vault.edit(id, editableFields(changes, sites ? sites.value : undefined));
        return ok(null);
      });
      // The work answers a result of its own (a refused site): one level, not two.
      return settled.ok ? settled.value : settled;
    },
    deleteAccount: ({ id }) => settle(['locked', 'not-found'], () => vault.remove(id).then(() => null)),
    listTrash: () =>
      settle(['locked'], async () =>
        (await vault.trash()).map(({ id, issuer, label, deletedAt }) => ({ id, issuer, label, deletedAt })),
      ),
    restoreFromTrash: ({ id }) => settle(['locked', 'not-found'], () => vault.restoreFromTrash(id).then(() => null)),
    deleteForGood: ({ ids }) => settle(['locked'], () => vault.purge(ids).then(() => null)),
    moveAccount: ({ id, before, after }) =>
      settle(['locked', 'not-found'], async () => {
        // Exactly one neighbour: a request naming both or neither says nothing sure.
        if ((before === undefined) === (after === undefined)) throw new VaultError('not-found', 'one neighbour');
        await vault.move(id, before !== undefined ? { before } : { after: after! });
        return null;
      }),
    nextHotpCode: ({ id }) => settle(['locked', 'not-found'], async () => view(await vault.advanceCounter(id))),

    getSettings: settings,
    setSettings: async (changes) => {
      const minutes = changes.autoLockMinutes;
      if (minutes !== undefined && AUTO_LOCK_CHOICES.includes(minutes)) await autoLockMinutes.setValue(minutes);
      if (changes.passwordEveryDays !== undefined)
        await everyDays.setValue(passwordEveryDays(changes.passwordEveryDays));
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
  const { id, type, issuer, label, domains, algorithm, digits, period, pinned, group } = account;
  return { id, type, issuer, label, domains, algorithm, digits, period, pinned, group };
}

/** Whether an edit changes what reading takes the vault password for. */
function touchesNotes({ notes, recoveryCodes, recoveryKit }: AccountEdit): boolean {
  return notes !== undefined || recoveryCodes !== undefined || recoveryKit !== undefined;
}

/**
 * Only the fields an edit may change, named one by one: whatever else a message carries
 * (a secret, a counter, a type, digits) never reaches the account. Those are changed by
 * deleting the account and adding it again, as the UI does.
 */
function editableFields(changes: AccountEdit, domains: string[] | undefined): AccountEdit {
  const { issuer, label, notes, recoveryCodes, recoveryKit, pinned, group } = changes;
  return {
    ...(pinned !== undefined && { pinned }),
    ...(group !== undefined && { group: group.trim() }),
    ...(issuer !== undefined && { issuer }),
    ...(label !== undefined && { label }),
    ...(domains !== undefined && { domains }),
    ...(notes !== undefined && { notes }),
    ...(recoveryCodes !== undefined && { recoveryCodes }),
    ...(recoveryKit !== undefined && { recoveryKit }),
  };
}
