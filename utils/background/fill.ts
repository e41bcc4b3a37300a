import type { Account } from '../otp/account';
import { codeToFill } from '../otp/fill-code';
import type { AccountChoice, FillFailure, FillMessages, FillOrder, Result } from '../messaging/protocol';
import type { ExchangePreferences } from '../settings';
import { admitSites, imitatedSite, NEW_SITE } from '../sites/bind-policy';
import { issuerBrandMissing } from '../sites/issuer-brand';
import { fillSite, httpsHost, isBoundTo, siteOf, type RequestOrigin } from '../sites/binding';
import { EXCHANGES, exchangeForHost, loginExchangeForHost } from '../sites/exchanges';
import { VaultError } from '../vault/errors';
import type { Vault } from '../vault/vault';
import type { ClockService } from './clock';
import { pendingFills, type PendingFill, type PendingFillWindows, type PulledFill } from './pending-fills';
import { fail, ok, whenOpen, type Handlers, type Sender } from './handlers';

export interface FillDeps {
  readonly vault: Vault;
  readonly now: () => number;
  readonly newId: () => string;
  readonly tabUrl: (tabId: number) => Promise<string | undefined>;
  /** The person's auto-fill / auto-submit choices, by exchange id. */
  readonly preferences: () => Promise<Record<string, ExchangePreferences>>;
  /**
   * Asks the content script of one frame to ask for a code, as if its button was clicked;
   * with `ticket`, for the fill the person finished in Omamori (it asks with the ticket).
   */
  readonly trigger: (tabId: number, frameId: number, ticket?: string) => Promise<boolean>;
  /** Puts the content script into a tab that has none (a site without a rule). */
  readonly inject: (tabId: number) => Promise<void>;
  /** The Omamori window that finishes a waiting fill. */
  readonly windows: PendingFillWindows;
  /** While locked: whether a host imitates a site bound to an account (by keyed hashes, utils/sites/bound-site-keys.ts). */
  readonly imitatesBound: (host: string) => Promise<boolean>;
  readonly clock: ClockService;
}

type Decision = Result<Account, FillFailure>;
type ContentSender = Sender & { tab: { id: number; url: string } };

const fromTab = (sender: Sender | undefined): sender is ContentSender =>
  sender?.tab?.id !== undefined && typeof sender.tab.url === 'string';

/** A look-alike of a site bound to an account, recognised while locked: which one is sealed. */
const UNNAMED = '';

const withDetail = <R extends string>(reason: R, detail: string) => ({ ok: false as const, reason, detail });

/** Where a message really comes from: the browser's sender, never the message itself. */
export function originOf(sender: Sender | undefined): RequestOrigin {
  const frameUrl = sender?.url;
  return { tabUrl: sender?.tab?.url ?? (sender?.frameId === 0 ? frameUrl : undefined), frameUrl };
}

/**
 * Releasing codes to pages. Which account may fill is decided here from the sender's live
 * tab and frame (the site against the account's bound sites), never from what a page or
 * content script says; a fill that waits for the person is finished in Omamori's own
 * window, and only for the document that asked.
 */
export function fillService(deps: FillDeps) {
  const pending = pendingFills(deps.windows);
  /** HOTP codes handed out and not yet confirmed as filled: confirm id → what was issued. */
  const issued = new Map<string, { tabId: number; accountId: string; counter: number }>();

  /** Sites bound to any account; null while locked (they are inside the vault). */
  async function boundSites(): Promise<string[] | null> {
    try {
      return (await deps.vault.accounts()).flatMap((account) => account.domains);
    } catch {
      return null;
    }
  }

  /**
   * The real site a page imitates, or null. While locked the bound sites are known only by
   * keyed hashes: a look-alike of one is recognised but cannot be named (UNNAMED).
   */
  async function imitation(...urls: (string | undefined)[]): Promise<string | null> {
    const bound = await boundSites();
    for (const host of urls.map(httpsHost)) {
      if (host === null) continue;
      const real = imitatedSite(host, bound ?? []);
      if (real) return real;
      if (bound === null && (await deps.imitatesBound(host))) return UNNAMED;
    }
    return null;
  }

  const lookAlike = (real: string) => (real === UNNAMED ? fail('look-alike') : withDetail('look-alike', real));

  async function decide(site: string, chosenId?: string): Promise<Decision> {
    let accounts: Account[];
    try {
      accounts = await deps.vault.accounts();
    } catch (error) {
      if (error instanceof VaultError) return fail(error.code === 'locked' ? 'locked' : 'no-account');
      throw error;
    }
    const bound = accounts.filter((account) => isBoundTo(account.domains, site));
    if (bound.length === 0) return fail('no-account');
    const chosen =
      bound.find((account) => account.id === chosenId) ??
      (bound.length === 1 ? bound[0] : bound.find((account) => account.preferredOn.includes(site)));
    return chosen ? ok(chosen) : fail('choose');
  }

  async function preferencesFor(site: string): Promise<ExchangePreferences> {
    const exchange = EXCHANGES.find((candidate) => candidate.domains.includes(site));
    return (exchange && (await deps.preferences())[exchange.id]) || {};
  }

  /** Auto-fill: turned on for the exchange, and both the top page and the field's frame on its login hosts. */
  async function autoFillAllowed(origin: RequestOrigin): Promise<boolean> {
    const [top, frame] = [origin.tabUrl, origin.frameUrl].map((url) => {
      const host = httpsHost(url);
      return host === null ? undefined : loginExchangeForHost(host);
    });
    if (top === undefined || frame !== top) return false;
    return (await deps.preferences())[top.id]?.autoFill === true;
  }

  /** The code for `account` now; an HOTP counter moves on once the fill is confirmed. */
  async function release(account: Account, site: string, tabId: number): Promise<FillOrder> {
    const clock = await deps.clock.clockOf(site);
    const followed = clock?.kind === 'off' && clock.adjusted;
    const at = deps.now() + (followed ? clock.skewMs : 0);
    const order: FillOrder = {
      code: codeToFill(account, at),
      submit: (await preferencesFor(site)).autoSubmit === true,
      // A clock that looks wrong is the site's problem, not this computer's: no note for it.
      ...(clock?.kind === 'off' && !clock.adjusted && { clockSkewMs: clock.skewMs }),
    };
    if (account.type !== 'hotp') return order;
    const confirm = deps.newId();
    issued.set(confirm, { tabId, accountId: account.id, counter: account.counter });
    return { ...order, confirm };
  }

  /**
   * A content script asks for its page's code: by click, automatically (`automatic`), or
   * because Omamori asked it to for a fill the person finished (`ticket`).
   */
  async function requestFill(
    sender: Sender | undefined,
    { automatic = false, ticket }: { automatic?: boolean; ticket?: string } = {},
  ): Promise<Result<FillOrder, FillFailure>> {
    const origin = originOf(sender);
    const site = fillSite(origin);
    if (site === null || !fromTab(sender)) return fail('not-allowed');
    const tabId = sender.tab.id;
    const real = await imitation(origin.tabUrl, origin.frameUrl);
    if (real !== null) return lookAlike(real);
    if (automatic && !(await autoFillAllowed(origin))) return fail('not-allowed');

    let resumed: PendingFill | undefined;
    if (ticket !== undefined) {
      // Only the document the finished fill was for, and once: whatever page is there by
      // now (the tab navigated) gets nothing, not a decision of its own.
      resumed = pending.get(tabId);
      if (resumed?.ticket !== ticket) return fail('not-allowed');
      pending.drop(tabId);
      if (!pending.isFrom(resumed, sender) || resumed.site !== site) return fail('not-allowed');
    }
    const decision = await decide(site, resumed?.chosen);
    if (resumed && decision.ok && decision.value.id !== resumed.chosen) return fail('not-allowed');
    if (decision.ok) return ok(await release(decision.value, site, tabId));
    if (!automatic && !resumed && (decision.reason === 'locked' || decision.reason === 'choose')) {
      await pending.wait(sender, site);
    }
    return decision;
  }

  /** The shortcut and the context menu: the content script takes it from there. */
  async function fillInTab(tabId: number, frameId = 0): Promise<void> {
    if (await deps.trigger(tabId, frameId)) return;
    await deps.inject(tabId);
    await deps.trigger(tabId, frameId);
  }

  async function fillDone(
    { confirm }: { confirm: string },
    sender: Sender | undefined,
  ): Promise<Result<null, 'not-allowed'>> {
    const fill = issued.get(confirm);
    if (!fill || fill.tabId !== sender?.tab?.id) return fail('not-allowed');
    issued.delete(confirm);
    const account = await deps.vault.account(fill.accountId).catch(() => undefined);
    // A code filled twice (two confirmations of one counter) moves the counter once.
    if (account?.type === 'hotp' && account.counter === fill.counter) await deps.vault.advanceCounter(account.id);
    return ok(null);
  }

  /**
   * The popup's Fill, pulled: the tab's top frame is asked to ask, and only a request from
   * it, still at the URL the popup decided on, gets the code (no code is pushed into
   * whatever document the tab holds by the time it would arrive).
   */
  async function pullFromPopup(fill: PulledFill): Promise<Result<{ site: string }, 'tab-changed' | 'no-field'>> {
    const moved = async () => (await deps.tabUrl(fill.tabId).catch(() => undefined)) !== fill.tabUrl;
    if (await moved()) return fail('tab-changed');
    const waiting = pending.pull(fill);
    try {
      if (await deps.trigger(fill.tabId, fill.frameId, fill.ticket)) return ok({ site: fill.site });
      if (pending.get(fill.tabId) !== waiting || (await moved())) return fail('tab-changed');
      // A site without a rule has no content script yet.
      await deps.inject(fill.tabId);
      if (await deps.trigger(fill.tabId, fill.frameId, fill.ticket)) return ok({ site: fill.site });
      return fail(pending.get(fill.tabId) !== waiting || (await moved()) ? 'tab-changed' : 'no-field');
    } finally {
      pending.end(waiting);
    }
  }

  const pageHandlers: Handlers<keyof FillMessages> = {
    pendingFill: async ({ tabId }) => {
      const waiting = pending.get(tabId);
      if (!waiting) return fail('no-pending');
      const { site } = waiting;
      let accounts: Account[];
      try {
        accounts = await deps.vault.accounts();
      } catch (error) {
        if (error instanceof VaultError && error.code === 'locked') return ok({ site, locked: true, accounts: [] });
        throw error;
      }
      // Unlocked in this window: a page that imitates a bound site is named, and gets nothing.
      const real = await imitation(waiting.tabUrl);
      if (real !== null) {
        pending.drop(tabId);
        return lookAlike(real);
      }
      const choices: AccountChoice[] = accounts
        .filter((account) => isBoundTo(account.domains, site))
        .map(({ id, issuer, label }) => ({ id, issuer, label }));
      return choices.length ? ok({ site, locked: false, accounts: choices }) : fail('no-account');
    },

    completePendingFill: async ({ tabId, accountId, remember }) => {
      const waiting = pending.get(tabId);
      if (!waiting) return fail('no-pending');
      if ((await deps.tabUrl(tabId)) !== waiting.tabUrl) {
        pending.drop(tabId);
        return fail('page-changed');
      }
      const real = await imitation(waiting.tabUrl);
      if (real !== null) {
        pending.drop(tabId);
        return lookAlike(real);
      }
      const decision = await decide(waiting.site, accountId);
      if (!decision.ok) return decision;
      if (remember && accountId) await deps.vault.preferOn(accountId, waiting.site);
      waiting.chosen = decision.value.id;
      waiting.ticket = deps.newId();
      // The content script asks again; requestFill checks that it is the same document.
      const filled = await deps.trigger(tabId, waiting.frameId, waiting.ticket);
      pending.end(waiting);
      return filled ? ok(null) : fail('page-changed');
    },

    cancelPendingFill: async ({ tabId }) => {
      pending.drop(tabId);
      return ok(null);
    },

    fillFromPopup: async ({ accountId, tabId, bindTo }) => {
      const tabUrl = await deps.tabUrl(tabId);
      const site = siteOf(tabUrl);
      const host = httpsHost(tabUrl);
      if (site === null || host === null || tabUrl === undefined) return fail('not-allowed');
      if (bindTo !== undefined && bindTo !== site) return fail('tab-changed');
      return whenOpen(async () => {
        const real = await imitation(tabUrl);
        if (real !== null) return lookAlike(real);
        let account: Account;
        try {
          account = await deps.vault.account(accountId);
        } catch (error) {
          if (error instanceof VaultError && error.code === 'not-found') return fail('not-found');
          throw error;
        }
        if (account.domains.length === 0) {
          // The popup asks first; with a warning (the issuer, as `detail`) when the site lacks the issuer's name.
          if (bindTo === undefined)
            return issuerBrandMissing(account.issuer, host) ? withDetail('unbound', account.issuer) : fail('unbound');
          const admitted = admitSites(
            { issuer: account.issuer, domains: [host] },
            (await boundSites()) ?? [],
            NEW_SITE,
          );
          const refused = admitted.refused[0];
          if (refused)
            return refused.reason === 'invalid-domain' ? fail('not-allowed') : withDetail(refused.reason, refused.real);
          account = await deps.vault.edit(accountId, { domains: [site] });
        }
        const decision = await decide(site, accountId);
        if (!decision.ok || decision.value.id !== accountId) return fail('not-allowed');
        return pullFromPopup({ tabId, frameId: 0, tabUrl, site, chosen: accountId, ticket: deps.newId() });
      });
    },

    tabSite: async ({ tabId }) => {
      const tabUrl = await deps.tabUrl(tabId).catch(() => undefined);
      const host = httpsHost(tabUrl);
      const site = siteOf(tabUrl);
      const [imitates, clock] = await Promise.all([imitation(tabUrl), deps.clock.clockOf(site)]);
      // The popup names both sites: while locked it has no name for a bound one (it unlocks first).
      const named = imitates === UNNAMED ? null : imitates;
      return { site, host, exchange: (host && exchangeForHost(host)?.name) ?? null, imitates: named, clock };
    },

    adjustClock: async ({ site, ...choice }) => {
      const refusal = await deps.clock.choose(site, choice);
      return refusal ? fail(refusal) : ok(null);
    },
  };

  return {
    requestFill,
    fillDone,
    fillInTab,
    pageHandlers,
    forgetTab: pending.forgetTab,
    forgetWindow: pending.forgetWindow,
  };
}
