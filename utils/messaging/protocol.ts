import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackupComparison } from '../backup/check';
import type { MigrationSkipReason } from '../formats/exporters/google-migration';
import type { AccountData, AccountName, OtpType } from '../otp/account';
import type { BackupStatus } from '../backup/service';
import type { SyncFailure } from '../backup/sync';
import type { WebDavBackup } from '../backup/webdav-destination';
import type { WebDavConfig, WebDavFailure } from '../backup/webdav';
import type { Connected as WebDavConnected } from '../backup/webdav-service';
import type { ClockChoice, SiteClock } from '../sites/clock';
import type { FormatErrorCode } from '../formats/errors';
import type { ExportFormat } from '../formats/exporters/registry';
import type { ImportFormatName } from '../formats/importers/importer';
import type { OtpErrorCode } from '../otp/errors';
import type { AccountView } from '../otp/views';
import type { AutoLockMinutes, ExchangePreferences } from '../settings';
import type { AccountEdit, DamagedRow } from '../vault/vault';
import type { BindFailure, SiteRefusal } from '../sites/bind-policy';
import type { PasswordReason } from '../vault/slots';

export type { BindFailure, DamagedRow };

/**
 * A tagged result: callers tell a retryable failure from a final one by `reason`. `detail`
 * names what the reason is about: the real site a look-alike imitates, the value refused.
 * Any answer may be `internal`: a bug in the background, logged there without secrets.
 */
export type Result<T, Reason extends string> =
  { ok: true; value: T } | { ok: false; reason: Reason | Internal; detail?: string };

/** A failure nobody planned for: the background caught it at the message boundary. */
export type Internal = 'internal';

/** Sent by a content script, or anything else that is not one of our pages. */
export type Forbidden = 'forbidden';
export type Locked = 'locked' | Forbidden;
export type AddAccountFailure = Locked | 'duplicate' | OtpErrorCode;

/**
 * Why a fill request got no code: `locked` and `choose` wait in an Omamori window; the
 * rest are final. `look-alike` carries the real site in `detail`.
 */
export type FillFailure = 'locked' | 'choose' | 'no-account' | 'not-allowed' | 'look-alike';

/** An account that arrived without some of the sites its file named: the bind policy refused them. */
export interface RefusedSites extends AccountName {
  readonly refused: readonly SiteRefusal[];
}

/** What a restore did; `unbound`: accounts whose file named sites they may not fill on. */
export interface RestoreReport {
  readonly added: number;
  readonly duplicates: number;
  readonly failed: readonly string[];
  readonly unbound: readonly RefusedSites[];
}

/** An account as the in-page chooser shows it. */
export interface AccountChoice {
  readonly id: string;
  readonly issuer: string;
  readonly label: string;
}

/** One QR code found by a scan, as the popup may show it (never the secret). */
export type ScanView =
  | { readonly kind: 'account'; readonly issuer: string; readonly label: string; readonly duplicate: boolean }
  | { readonly kind: 'not-2fa'; readonly preview: string }
  | { readonly kind: 'invalid'; readonly reason: OtpErrorCode | 'invalid-migration'; readonly preview: string };

/** What an import did, entry by entry. */
export interface ImportReport {
  /** The format the file was read as ("FreeOTP 2 backup, encrypted"). */
  readonly format: ImportFormatName;
  readonly added: readonly AccountName[];
  readonly duplicates: readonly AccountName[];
  readonly failed: readonly { readonly name: string; readonly reason: OtpErrorCode | FormatErrorCode }[];
}

export type { BackupStatus, ExportFormat, ImportFormatName };

/**
 * What a new browser is offered before any password: only that a copy is there. Its count
 * and date are sealed with it (a forged manifest could say anything), and shown once opened.
 */
export interface SyncOffer {
  readonly present: true;
}

/** A deleted account in the trash: restorable until it is deleted for good (after 30 days). */
export interface TrashedView extends AccountName {
  readonly id: string;
  readonly deletedAt: number;
}

/** A backup opened to check it, compared with the vault; nothing is written. */
export interface BackupCheck extends BackupComparison {
  /** From inside the backup's seal (version 2), or its plain header (version 1). */
  readonly createdAt: number;
  readonly count: number;
  /** A backup of this vault older than what this browser already holds (a rollback, or just an old file). */
  readonly older: boolean;
}

/** Google Authenticator transfer codes, and the accounts it cannot hold. */
export interface MigrationCodes {
  readonly uris: readonly string[];
  readonly skipped: readonly (AccountName & { readonly reason: MigrationSkipReason })[];
}

/** One account on the printable recovery sheet: everything needed to set it up again. */
export interface RecoveryEntry {
  readonly issuer: string;
  readonly label: string;
  readonly type: OtpType;
  readonly secret: string;
  /** `otpauth://…`, for the sheet's QR code. */
  readonly uri: string;
  readonly recoveryCodes: readonly string[];
  /** The recovery kit as written down: what the exchange asks before a reset. */
  readonly recoveryKit: Readonly<Record<string, string>>;
}

/** Why a file (an export, a backup) was not read as a whole; per-entry failures are in the report. */
export type FileFailure = Exclude<FormatErrorCode, 'invalid-migration'>;
/** `unsupported-app`: a file of an app Omamori recognises and cannot read (the result's `format` says how to move it). */
export type ImportFailure = Locked | FileFailure | 'unsupported-app';
/** Why a backup file was not opened (restore, check). */
export type BackupFileFailure = Locked | Exclude<FileFailure, 'needs-password'>;

export interface ScanReport {
  readonly scanId: string;
  /** Where scanned setup codes will fill (the tab's registrable domain), if anywhere. */
  readonly domain: string | null;
  readonly codes: readonly ScanView[];
  /** A Google Authenticator export in several QR codes: how many of them are in. */
  readonly batch: { readonly scanned: number; readonly size: number } | null;
  /** A frame of another site was in sight (or the image was in one): the codes bind to no site yet. */
  readonly framed: boolean;
}

/** What the popup shows of the tab it acts on. */
export interface TabSite {
  /** Where codes may go (a registrable domain, or a host on a shared domain); null: nowhere. */
  readonly site: string | null;
  readonly host: string | null;
  /** The known exchange this is, by name. */
  readonly exchange: string | null;
  /** The real site this host imitates (a known exchange, or a site an account is bound to). */
  readonly imitates: string | null;
  /** The site's clock, when it is off enough that codes will be refused. */
  readonly clock: SiteClock | null;
}

/** A fill that waits in an Omamori window for the person: unlock, or choose an account. */
export interface PendingFillView {
  readonly site: string;
  readonly locked: boolean;
  /** The accounts bound to the site (empty while locked). */
  readonly accounts: readonly AccountChoice[];
}

export interface CodesSnapshot {
  readonly now: number;
  readonly accounts: readonly AccountView[];
  /** Rows that would not open: the other accounts work; these can be removed or restored. */
  readonly damaged: readonly DamagedRow[];
  /** Conflict copies (an account edited on two browsers at once): this id → the account it was split from. */
  readonly conflicts: Readonly<Record<string, string>>;
  /** How many accounts are in the trash. */
  readonly trashed: number;
}

/** What the edit form shows; never the secret, nor the notes and recovery codes. */
export type AccountDetails = Pick<
  AccountData,
  'type' | 'issuer' | 'label' | 'domains' | 'algorithm' | 'digits' | 'period' | 'pinned' | 'group'
> & {
  readonly id: string;
};

/** Recovery codes, the recovery kit and notes get past 2FA: shown only for the vault password. */
export type AccountNotes = Pick<AccountData, 'notes' | 'recoveryCodes' | 'recoveryKit'>;

/** A hand-typed account: the secret as typed, the rest optional. */
export type ManualAccount = Partial<Omit<AccountData, 'secret'>> & { readonly secret: string };

export interface Settings {
  readonly autoLockMinutes: AutoLockMinutes;
  /** Unlock by touch gives way to the password after this many days without it (7–30). */
  readonly passwordEveryDays: number;
  /** By exchange id. */
  readonly exchanges: Readonly<Record<string, ExchangePreferences>>;
}

/** One code for one fill, and whether to submit the form after it. */
export interface FillOrder {
  readonly code: string;
  readonly submit: boolean;
  /** HOTP: the counter moves on only when the content script confirms this fill. */
  readonly confirm?: string;
  /** The site's clock is this far ahead of the computer's (ms; negative: behind) and codes are not adjusted. */
  readonly clockSkewMs?: number;
}

/** Background → a tab's content script: never a code (codes go only as answers to `requestFill`). */
export interface ToContentScript {
  /**
   * To a content script: ask for a code as if its button had been clicked (shortcut, menu);
   * with `ticket`, for a fill the person finished in Omamori (the window, the popup's Fill),
   * to be passed on in `requestFill`.
   */
  fillRequested(request?: { ticket?: string }): { filled: boolean };
}

/** A content script → the background: only these, checked by `isContentScript`. */
export interface FromContentScript {
  /**
   * From a content script: the code for this page, decided by the sender's live tab and
   * frame. `automatic` (a field appeared, nobody clicked) is answered only where the person
   * turned auto-fill on, and never opens the Omamori window.
   */
  requestFill(request: { automatic: boolean; ticket?: string }): Result<FillOrder, FillFailure>;
  /** From a content script: the code of `confirm` is in the field (HOTP counters move now). */
  fillDone(request: { confirm: string }): Result<null, 'not-allowed'>;
}

/** The fill window and the popup → the background: waiting fills, filling from the popup. */
export interface FillMessages {
  /** From the fill window: the fill waiting in `tabId`, for the person to finish. */
  pendingFill(request: {
    tabId: number;
  }): Result<PendingFillView, Forbidden | 'no-pending' | 'no-account' | 'look-alike'>;
  /** From the fill window, on the person's click: finish the waiting fill. */
  completePendingFill(request: {
    tabId: number;
    accountId?: string;
    remember?: boolean;
  }): Result<null, Locked | FillFailure | 'no-pending' | 'page-changed'>;
  /** From the fill window: the person cancelled. */
  cancelPendingFill(request: { tabId: number }): Result<null, Forbidden>;
  /**
   * From the popup: fill this account's code into `tabId`. `bindTo` binds an unbound account
   * first, to the site the popup showed: refused when the tab is elsewhere by now.
   */
  fillFromPopup(request: {
    accountId: string;
    tabId: number;
    bindTo?: string;
  }): Result<
    { site: string },
    Locked | 'not-found' | 'not-allowed' | 'no-field' | 'unbound' | 'tab-changed' | BindFailure
  >;
  /** From the popup: the site of a tab, and whether it imitates one. */
  tabSite(request: { tabId: number }): TabSite;
  /**
   * From the popup: follow a site's clock for its codes (fills and popup), for the skew the
   * popup showed, or stop. `clock-changed`: the reading moved meanwhile; ask again.
   */
  adjustClock(request: { site: string } & ClockChoice): Result<null, Forbidden | 'clock-changed'>;
}

/** The popup and the options → the background: the vault, its accounts and settings. */
export interface VaultMessages {
  createVault(request: { password: string }): Result<null, Forbidden | 'weak-password' | 'already-initialized'>;
  /** `locked`: the vault locked (screen lock, auto-lock) while the password was being checked. */
  unlockVault(request: {
    password: string;
  }): Result<null, Forbidden | Locked | 'wrong-password' | 'not-initialized' | 'newer-format' | 'corrupt'>;
  lockVault(): Result<null, Forbidden>;
  /** Rotates the vault key; a separate backup password (it wrapped the old key) is removed. */
  changePassword(request: {
    current: string;
    next: string;
  }): Result<{ backupPasswordRemoved: boolean }, Locked | 'wrong-password' | 'weak-password' | 'newer-format'>;

  /** The popup's one question on opening: the codes, or why not (locked, no vault yet). */
  listCodes(): Result<CodesSnapshot, Locked | 'not-initialized' | 'newer-format'>;
  /** Removes a row that does not open (see CodesSnapshot.damaged). */
  removeDamaged(request: { id: string }): Result<null, Locked | 'not-found'>;
  addAccountFromUri(request: { uri: string }): Result<AccountView, AddAccountFailure>;
  addAccountManually(request: ManualAccount): Result<AccountView, AddAccountFailure>;
  accountDetails(request: { id: string }): Result<AccountDetails, Locked | 'not-found'>;
  /** The notes and recovery codes of an account, for the vault password only. */
  accountNotes(request: {
    id: string;
    vaultPassword: string;
  }): Result<AccountNotes, Locked | 'not-found' | 'wrong-password'>;
  /**
   * Domains are normalised (URL, www., IDN) and pass the bind policy; `detail` names a
   * refused one. Notes, recovery codes and the kit change only with `vaultPassword` (it
   * is what reading them takes). Secret, type, counter and digits are never edited.
   */
  editAccount(request: {
    id: string;
    changes: AccountEdit;
    vaultPassword?: string;
  }): Result<null, Locked | 'not-found' | 'wrong-password' | 'invalid-domain' | BindFailure | OtpErrorCode>;
  /** Moves the account to the trash (restorable for 30 days, in every backup and the sync copy). */
  deleteAccount(request: { id: string }): Result<null, Locked | 'not-found'>;
  /** The trash, most recently deleted first. */
  listTrash(): Result<readonly TrashedView[], Locked>;
  restoreFromTrash(request: { id: string }): Result<null, Locked | 'not-found'>;
  /** Deletes trashed accounts for good (everywhere, through the sync copy). */
  deleteForGood(request: { ids: string[] }): Result<null, Locked>;
  /** Moves an account right before or right after another (exactly one of them) in the person's order. */
  moveAccount(request: { id: string; before?: string; after?: string }): Result<null, Locked | 'not-found'>;
  nextHotpCode(request: { id: string }): Result<AccountView, Locked | 'not-found'>;

  getSettings(): Settings;
  setSettings(request: Partial<Settings>): Result<Settings, Forbidden>;
}

/**
 * What an unlock screen offers: a touch of one of these credentials (ids and PRF salts in
 * base64: not secret, useless without the authenticator), or the password and why.
 */
export type TouchUnlockOffer =
  | { readonly kind: 'touch'; readonly credentials: readonly { credentialId: string; prfSalt: string }[] }
  | { readonly kind: 'password'; readonly why: PasswordReason; readonly days: number };

/** A key slot as the options list it; `stale` until a touch renews it after a password change. */
export interface KeySlotView {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
  readonly credentialId: string;
  readonly prfSalt: string;
  readonly stale: boolean;
}

/**
 * Omamori's own pages → the background: unlock by touch (WebAuthn PRF, utils/vault/slots.ts).
 * The ceremony runs in the page; only the PRF output (base64) comes here, and the vault key
 * never leaves the background.
 */
export interface KeySlotMessages {
  touchOffer(): Result<TouchUnlockOffer, Forbidden | 'not-initialized' | 'newer-format'>;
  unlockByTouch(request: {
    credentialId: string;
    prfOutput: string;
  }): Result<null, Locked | 'touch-refused' | 'password-due' | 'not-initialized' | 'newer-format'>;
  keySlots(): Result<readonly KeySlotView[], Locked>;
  /** A credential just registered, after the vault password: its PRF output wraps the vault key. */
  addKeySlot(request: {
    vaultPassword: string;
    name: string;
    credentialId: string;
    prfSalt: string;
    prfOutput: string;
  }): Result<null, Locked | 'wrong-password'>;
  renewKeySlot(request: { credentialId: string; prfOutput: string }): Result<null, Locked | 'not-found'>;
  removeKeySlot(request: { id: string }): Result<null, Locked | 'not-found'>;
}

/** The popup and the options → the background: enrolment by QR. */
export interface ScanMessages {
  /** The popup is open on an open vault: have the QR reader ready for a scan. */
  prepareScan(): Result<null, Locked>;
  /** Captures the visible part of `tabId` and reads every QR code in it. */
  scanTab(request: { tabId: number }): Result<ScanReport, Locked | 'capture-failed' | 'reader-failed'>;
  /** Reads every QR code in an image the person chose (base64 PNG/JPEG/…). */
  scanImage(request: { base64: string }): Result<ScanReport, Locked | 'unreadable-image' | 'reader-failed'>;
  /** A scan made by the context menu or shortcut, for the window it opened. */
  scanReport(request: { scanId: string }): Result<ScanReport, Locked | 'no-scan'>;
  /** Adds every new account of a scan; duplicates are skipped and counted. */
  addScanned(request: { scanId: string }): Result<{ added: AccountView[]; duplicates: number }, Locked | 'no-scan'>;
}

/** The options → the background: other apps' exports. */
export interface ImportMessages {
  /** Imports another app's export (base64 of the file), detected by its content. */
  importFile(request: { name: string; base64: string; password?: string }): Result<ImportReport, ImportFailure> & {
    /** On a refusal too: the format the file was recognised as, for the password prompt and the message. */
    readonly format?: ImportFormatName;
  };
}

/** The options → the background: Omamori's own backups. */
export interface BackupMessages {
  /** An encrypted backup file to save where the person chooses. */
  exportBackup(): Result<{ filename: string; json: string }, Locked>;
  /** Restores a backup file: into a new vault (with its password), or merged into the open one. */
  restoreBackup(request: { text: string; password: string }): Result<RestoreReport, BackupFileFailure>;
  /** Opens a backup file and compares it with the vault (same accounts, same codes now). */
  checkBackup(request: { text: string; password: string }): Result<BackupCheck, BackupFileFailure>;
  /** A separate backup password (confirmed by the vault's), or `null` to use the vault's again. */
  setBackupPassword(request: {
    vaultPassword: string;
    backupPassword: string | null;
  }): Result<null, Locked | 'wrong-password' | 'weak-password'>;
  /** When the last automatic backup was written, and which accounts are in none. */
  backupStatus(): Result<BackupStatus, Locked>;
  /** A new browser: the backup the browser's sync storage holds, if any (no password needed). */
  syncOffer(): Result<SyncOffer | null, Forbidden>;
  /** The WebDAV connection kept in the vault (never its password), or null. */
  webdavSettings(): Result<{ url: string; user: string } | null, Locked>;
  /** Checks the connection (the Omamori folder made or found) and keeps it, encrypted in the vault. */
  connectWebdav(request: WebDavConfig): Result<WebDavConnected, Locked | WebDavFailure>;
  disconnectWebdav(): Result<null, Locked>;
  /** Omamori's backups there, newest first; `connection` for a new browser that has no vault yet. */
  webdavBackups(request: { connection?: WebDavConfig }): Result<WebDavBackup[], Locked | WebDavFailure>;
  /** Restores (or checks) a backup read from there; a new browser keeps the connection in its new vault. */
  restoreFromWebdav(request: {
    filename: string;
    password: string;
    connection?: WebDavConfig;
  }): Result<RestoreReport, BackupFileFailure | WebDavFailure>;
  checkWebdavBackup(request: {
    filename: string;
    password: string;
  }): Result<BackupCheck, BackupFileFailure | WebDavFailure>;
  /** A new browser takes the sync copy's vault (its key, accounts, ids) with its password. */
  restoreFromSync(request: {
    password: string;
  }): Result<
    { added: number; createdAt: number },
    Forbidden | 'wrong-password' | 'already-initialized' | 'corrupt' | SyncFailure
  >;
  /** The password was changed on another browser: its new password lets this one take the new key. */
  adoptSyncKey(request: { password: string }): Result<null, Locked | 'wrong-password' | 'corrupt' | SyncFailure>;
  /** The sync storage holds another vault's copy, and the person chose to replace it with this vault's. */
  replaceSyncCopy(): Result<null, Locked>;
}

/** The options and the recovery sheet → the background: exports that carry secrets. */
export interface ExportMessages {
  /** An export for another app (Aegis encrypted with `password`, plain Aegis, otpauth:// list), for the vault password only. */
  exportFile(request: {
    format: ExportFormat;
    password?: string;
    vaultPassword?: string;
  }): Result<{ filename: string; content: string }, Locked | 'weak-password' | 'wrong-password'>;
  /** Transfer QR codes for Google Authenticator: plain secrets, so for the vault password only. */
  migrationCodes(request: { vaultPassword: string }): Result<MigrationCodes, Locked | 'wrong-password'>;
  /** The printable recovery sheet's content: plain secrets, so for the vault password only. */
  recoverySheet(request: { vaultPassword: string }): Result<{ accounts: RecoveryEntry[] }, Locked | 'wrong-password'>;
}

/** The extension's own pages (popup, options, fill window, recovery sheet) → the background: checked by `isExtensionPage`. */
export interface FromPages
  extends FillMessages, VaultMessages, KeySlotMessages, ScanMessages, ImportMessages, BackupMessages, ExportMessages {}

/** Background → the extension's own pages (a broadcast; no secret in it). */
export interface ToPages {
  /** The vault locked (auto-lock, screen lock, "lock now"): screens holding secrets clear. */
  vaultLocked(): void;
}

/** The one message protocol of every context, split above by direction. */
export interface ProtocolMap extends ToContentScript, FromContentScript, FromPages, ToPages {}

export type PageMessage = keyof FromPages;
export type ContentScriptMessage = keyof FromContentScript;

/**
 * One messenger per direction, so a message sent the wrong way is a compile error (a page
 * cannot send `requestFill`, a content script cannot send `listCodes`). They share
 * `runtime.onMessage`; each answers only the types it registered.
 */
const fromPages = defineExtensionMessaging<FromPages>();
const fromContentScript = defineExtensionMessaging<FromContentScript>();
const toContentScript = defineExtensionMessaging<ToContentScript>();
const toPages = defineExtensionMessaging<ToPages>();

/** Our pages → the background. */
export const sendMessage = fromPages.sendMessage;
/** The background's side of `sendMessage` (wired by `registerPageHandlers` only). */
export const onPageMessage = fromPages.onMessage;
/** The content script → the background. */
export const sendFromContentScript = fromContentScript.sendMessage;
export const onContentScriptMessage = fromContentScript.onMessage;
/** The background → a tab's content script. */
export const sendToContentScript = toContentScript.sendMessage;
export const onBackgroundRequest = toContentScript.onMessage;
/** The background → every open page of ours. */
export const broadcastToPages = toPages.sendMessage;
export const onBroadcast = toPages.onMessage;
