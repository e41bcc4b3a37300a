import type { Account } from '../otp/account';
import { codeToFill } from '../otp/fill-code';
import type { AccountChoice, FillFailure, FillOrder, Result } from '../messaging/protocol';
import type { ExchangePreferences } from '../settings';
import { EXCHANGES } from '../sites/exchanges';
import { fillDomain, isBoundTo, registrableDomain, type RequestOrigin } from '../sites/binding';
import { VaultError } from '../vault/errors';
import type { Vault } from '../vault/vault';
import { fail, ok, whenOpen, type Handlers, type Sender } from './vault-handlers';

export interface FillDeps {
  readonly vault: Vault;
  readonly now: () => number;
  readonly tabUrl: (tabId: number) => Promise<string | undefined>;
  /** Sends one code to the content script of one frame; true when it filled a field. */
  readonly deliver: (tabId: number, frameId: number, order: FillOrder) => Promise<boolean>;
  /** The person's auto-fill / auto-submit choices, by exchange id. */
  readonly preferences: () => Promise<Record<string, ExchangePreferences>>;
  /** Asks the content script of one frame to fill as if its button was clicked. */
  readonly trigger: (tabId: number, frameId: number) => Promise<boolean>;
  /** Puts the content script into a tab that has none (a site without a rule). */
  readonly inject: (tabId: number) => Promise<void>;
}

/** A fill that waits for the person: to unlock, or to choose among accounts. */
interface PendingFill {
  readonly frameId: number;
  readonly origin: RequestOrigin;
}

type Decision = Result<Account, FillFailure>;

/** Where a message really comes from: the browser's sender, never the message itself. */
export function originOf(sender: Sender | undefined): RequestOrigin {
  const frameUrl = sender?.url;
  return { tabUrl: sender?.tab?.url ?? (sender?.frameId === 0 ? frameUrl : undefined), frameUrl };
}

/**
 * Releasing codes to pages. Which account may fill is decided here from the sender's tab
 * and frame (registrable domain against the account's bound domains), never from what a
 * page or content script says.
 */
export function fillService(deps: FillDeps) {
  const pending = new Map<number, PendingFill>();

  async function decide(origin: RequestOrigin, chosenId?: string): Promise<Decision> {
    const domain = fillDomain(origin);
    if (!domain) return fail('not-allowed');
    let accounts: Account[];
    try {
      accounts = await deps.vault.accounts();
    } catch (error) {
      if (error instanceof VaultError) return fail(error.code === 'locked' ? 'locked' : 'no-account');
      throw error;
    }
    const bound = accounts.filter((account) => isBoundTo(account.domains, domain));
    if (bound.length === 0) return fail('no-account');
    const chosen =
      bound.find((account) => account.id === chosenId) ??
      (bound.length === 1 ? bound[0] : bound.find((account) => account.preferredOn.includes(domain)));
    return chosen ? ok(chosen) : fail('choose');
  }

  async function preferencesFor(domain: string | null): Promise<ExchangePreferences> {
    const exchange = EXCHANGES.find((candidate) => domain !== null && candidate.domains.includes(domain));
    return (exchange && (await deps.preferences())[exchange.id]) || {};
  }

  /** The code for `account` now; an HOTP counter moves on, as a used code is spent. */
  async function release(account: Account, domain: string | null): Promise<FillOrder> {
    const code = codeToFill(account, deps.now());
    if (account.type === 'hotp') await deps.vault.advanceCounter(account.id);
    return { code, submit: (await preferencesFor(domain)).autoSubmit === true };
  }

  async function requestFill(sender: Sender | undefined, automatic = false): Promise<Result<FillOrder, FillFailure>> {
    const origin = originOf(sender);
    const domain = fillDomain(origin);
    if (automatic && !(await preferencesFor(domain)).autoFill) return fail('not-allowed');
    const decision = await decide(origin);
    const tabId = sender?.tab?.id;
    if (!decision.ok) {
      if (!automatic && tabId !== undefined && (decision.reason === 'locked' || decision.reason === 'choose')) {
        pending.set(tabId, { frameId: sender?.frameId ?? 0, origin });
      }
      return decision;
    }
    return ok(await release(decision.value, domain));
  }

  /** The shortcut and the context menu: the content script takes it from there. */
  async function fillInTab(tabId: number, frameId = 0): Promise<void> {
    if (await deps.trigger(tabId, frameId)) return;
    await deps.inject(tabId);
    await deps.trigger(tabId, frameId);
  }

  const pageHandlers: Handlers<'pendingFillChoices' | 'completePendingFill' | 'fillFromPopup' | 'tabDomain'> = {
    pendingFillChoices: async (_, sender) => {
      const waiting = sender?.tab?.id === undefined ? undefined : pending.get(sender.tab.id);
      if (!waiting) return fail('no-pending');
      const domain = fillDomain(waiting.origin)!;
      return whenOpen(async () => {
        const choices: AccountChoice[] = (await deps.vault.accounts())
          .filter((account) => isBoundTo(account.domains, domain))
          .map(({ id, issuer, label }) => ({ id, issuer, label }));
        return choices.length ? ok({ domain, accounts: choices }) : fail('no-account');
      });
    },

    completePendingFill: async ({ accountId, remember }, sender) => {
      const tabId = sender?.tab?.id;
      const waiting = tabId === undefined ? undefined : pending.get(tabId);
      if (tabId === undefined || !waiting) return fail('no-pending');
      const decision = await decide(waiting.origin, accountId);
      if (!decision.ok) return decision;
      if (remember && accountId) await deps.vault.preferOn(accountId, fillDomain(waiting.origin)!);
      pending.delete(tabId);
      await deps.deliver(tabId, waiting.frameId, await release(decision.value, fillDomain(waiting.origin)));
      return ok(null);
    },

    fillFromPopup: async ({ accountId, tabId, bind }) => {
      const tabUrl = await deps.tabUrl(tabId);
      const domain = registrableDomain(tabUrl);
      if (!domain) return fail('not-allowed');
      let account: Account;
      try {
        account = await deps.vault.account(accountId);
        if (account.domains.length === 0) {
          if (!bind) return fail('unbound');
          account = await deps.vault.edit(accountId, { domains: [domain] });
        }
      } catch (error) {
        if (error instanceof VaultError) return fail(error.code === 'locked' ? 'locked' : 'not-found');
        throw error;
      }
      const decision = await decide({ tabUrl, frameUrl: tabUrl }, accountId);
      if (!decision.ok || decision.value.id !== accountId) return fail('not-allowed');
      const order = await release(decision.value, domain);
      if (await deps.deliver(tabId, 0, order)) return ok({ domain });
      await deps.inject(tabId);
      return (await deps.deliver(tabId, 0, order)) ? ok({ domain }) : fail('no-field');
    },

    tabDomain: async ({ tabId }) => registrableDomain(await deps.tabUrl(tabId)),
  };

  return { requestFill, fillInTab, pageHandlers };
}
