import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AccountData } from '../otp/account';
import type { OtpErrorCode } from '../otp/errors';
import type { AccountView } from '../otp/views';
import type { AutoLockMinutes } from '../settings';
import type { AccountEdit } from '../vault/vault';

/** A tagged result: callers tell a retryable failure from a final one by `reason`. */
export type Result<T, Reason extends string> = { ok: true; value: T } | { ok: false; reason: Reason };

/** Sent by a content script, or anything else that is not one of our pages. */
type Forbidden = 'forbidden';
type Locked = 'locked' | Forbidden;
export type AddAccountFailure = Locked | 'duplicate' | OtpErrorCode;

/** What the content script answers when asked whether it runs in a tab. */
export interface ContentPresence {
  readonly exchangeId: string | null;
  readonly host: string;
}

export interface CodesSnapshot {
  readonly now: number;
  readonly accounts: readonly AccountView[];
}

/** What the edit form shows; never the secret. */
export type AccountDetails = Pick<
  AccountData,
  'type' | 'issuer' | 'label' | 'domains' | 'notes' | 'recoveryCodes' | 'algorithm' | 'digits' | 'period'
> & { readonly id: string };

/** A hand-typed account: the secret as typed, the rest optional. */
export type ManualAccount = Partial<Omit<AccountData, 'secret'>> & { readonly secret: string };

export interface Settings {
  readonly autoLockMinutes: AutoLockMinutes;
}

/** The one message protocol of every context (background, popup, options, content). */
export interface ProtocolMap {
  /** To a tab's content script: is Omamori present here, and on which exchange? */
  contentPing(): ContentPresence;

  createVault(request: { password: string }): Result<null, Forbidden | 'weak-password' | 'already-initialized'>;
  unlockVault(request: { password: string }): Result<null, Forbidden | 'wrong-password' | 'not-initialized'>;
  lockVault(): Result<null, Forbidden>;
  changePassword(request: { current: string; next: string }): Result<null, Locked | 'wrong-password' | 'weak-password'>;

  /** The popup's one question on opening: the codes, or why not (locked, no vault yet). */
  listCodes(): Result<CodesSnapshot, Locked | 'not-initialized'>;
  addAccountFromUri(request: { uri: string }): Result<AccountView, AddAccountFailure>;
  addAccountManually(request: ManualAccount): Result<AccountView, AddAccountFailure>;
  accountDetails(request: { id: string }): Result<AccountDetails, Locked | 'not-found'>;
  editAccount(request: { id: string; changes: AccountEdit }): Result<null, Locked | 'not-found'>;
  deleteAccount(request: { id: string }): Result<null, Locked | 'not-found'>;
  reorderAccounts(request: { ids: string[] }): Result<null, Locked | 'not-found'>;
  nextHotpCode(request: { id: string }): Result<AccountView, Locked | 'not-found'>;

  getSettings(): Settings;
  setSettings(request: Partial<Settings>): Result<Settings, Forbidden>;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
