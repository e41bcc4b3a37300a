import type { Account } from './account';
import { codeAt, timeStep } from './codes';

/** What the popup may know of an account: no secret, just the codes of the moment. */
export interface AccountView {
  readonly id: string;
  readonly type: Account['type'];
  readonly issuer: string;
  readonly label: string;
  readonly domains: readonly string[];
  readonly code: string;
  /** TOTP and Steam: the code of the next step, shown when this one is nearly over. */
  readonly nextCode: string | null;
  /** TOTP and Steam: the current step's bounds (ms); null for HOTP. */
  readonly step: { readonly start: number; readonly end: number } | null;
}

export function accountView(account: Account, now: number): AccountView {
  const { id, type, issuer, label, domains } = account;
  if (type === 'hotp') return { id, type, issuer, label, domains, code: codeAt(account, now), nextCode: null, step: null };
  const step = timeStep(account.period, now);
  return { id, type, issuer, label, domains, code: codeAt(account, now), nextCode: codeAt(account, step.end), step };
}
