import type { Account } from './account';
import { accountRecoveryReady } from '../sites/recovery';
import { exchangeIconPath, exchangeOfAccount } from '../sites/issuers';
import { codeAt, timeStep } from './codes';

/** What the popup may know of an account: no secret, just the codes of the moment. */
export interface AccountView {
  readonly id: string;
  readonly type: Account['type'];
  readonly issuer: string;
  readonly label: string;
  readonly domains: readonly string[];
  readonly pinned: boolean;
  /** The person's group; '' for none. */
  readonly group: string;
  /** Its badge: a known exchange's, from the extension's own files; null for a letter. */
  readonly icon: string | null;
  /** Its recovery codes or kit are written down (see utils/sites/recovery.ts). */
  readonly recoveryReady: boolean;
  readonly code: string;
  /** TOTP and Steam: the code of the next step, shown when this one is nearly over. */
  readonly nextCode: string | null;
  /** TOTP and Steam: the current step's bounds (ms); null for HOTP. */
  readonly step: { readonly start: number; readonly end: number } | null;
}

/** Milliseconds to add to this computer's time for the codes of an account of these sites. */
export type ClockOffsetFor = (sites: readonly string[]) => number;

/**
 * What the popup is shown of `accounts` at `now`: each at its site's clock when the person
 * chose to follow it. Every answer with codes (the list, an added or scanned account, the
 * next HOTP code) goes through here, so none disagrees with the list.
 */
export function viewsAt(accounts: readonly Account[], now: number, offsetFor: ClockOffsetFor): AccountView[] {
  return accounts.map((account) => accountViewAt(account, now, offsetFor(account.domains)));
}

/** `viewsAt` this moment: the clocks read first, then the time. */
export async function viewsNow(
  accounts: readonly Account[],
  now: () => number,
  clockOffsets: () => Promise<ClockOffsetFor>,
): Promise<{ at: number; views: AccountView[] }> {
  const offsetFor = await clockOffsets();
  const at = now();
  return { at, views: viewsAt(accounts, at, offsetFor) };
}

/**
 * The view of an account whose site runs `offsetMs` ahead of this computer (the person chose
 * to follow the site's clock): its codes at the site's time, its step in this computer's.
 */
function accountViewAt(account: Account, now: number, offsetMs: number): AccountView {
  const view = accountView(account, now + offsetMs);
  if (offsetMs === 0 || !view.step) return view;
  return { ...view, step: { start: view.step.start - offsetMs, end: view.step.end - offsetMs } };
}

function accountView(account: Account, now: number): AccountView {
  const { id, type, issuer, label, domains, pinned, group } = account;
  const recoveryReady = accountRecoveryReady(account);
  const names = { id, type, issuer, label, domains, pinned, group, icon: iconOf(account), recoveryReady };
  if (type === 'hotp') return { ...names, code: codeAt(account, now), nextCode: null, step: null };
  const step = timeStep(account.period, now);
  return { ...names, code: codeAt(account, now), nextCode: codeAt(account, step.end), step };
}

// Asked of every account each time codes are listed: worked out once per account version.
const icons = new WeakMap<Account, string | null>();

function iconOf(account: Account): string | null {
  let icon = icons.get(account);
  if (icon === undefined) {
    const exchange = exchangeOfAccount(account);
    icons.set(account, (icon = exchange ? exchangeIconPath(exchange) : null));
  }
  return icon;
}
