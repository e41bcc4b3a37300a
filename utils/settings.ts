import { storage } from 'wxt/utils/storage';
import type { SyncRecord, SyncState } from './backup/sync';
import type { AutomaticDownload } from './backup/service';
import type { WebDavRecord } from './backup/webdav-service';
import type { ClockReading } from './sites/clock';
import type { BoundSiteKeys } from './sites/bound-site-keys';
/** Preferences (not secret): kept in storage.local. */

/** Minutes without using Omamori before the vault locks; 0: only when the browser closes. */
export const AUTO_LOCK_CHOICES = [1, 5, 15, 30, 60, 240, 0] as const;
export type AutoLockMinutes = (typeof AUTO_LOCK_CHOICES)[number];
/** A `<select>`'s value as a choice, or undefined (compared as text: Number('') would be 0, a choice). */
export const parseAutoLockMinutes = (value: string): AutoLockMinutes | undefined =>
  AUTO_LOCK_CHOICES.find((choice) => String(choice) === value);

export const autoLockMinutes = storage.defineItem<AutoLockMinutes>('local:autoLockMinutes', { fallback: 15 });

/** Days between password unlocks while unlock by touch is set up (see utils/vault/slots.ts). */
export const PASSWORD_EVERY_DAYS = { min: 7, max: 30, fallback: 14 } as const;
export const passwordEveryDaysSetting = storage.defineItem<number>('local:passwordEveryDays', {
  fallback: PASSWORD_EVERY_DAYS.fallback,
});

/** A person's choice of days between password unlocks, kept within 7–30. */
export function passwordEveryDays(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) return PASSWORD_EVERY_DAYS.fallback;
  return Math.min(PASSWORD_EVERY_DAYS.max, Math.max(PASSWORD_EVERY_DAYS.min, value));
}

/** Per exchange (by id): fill on page load, submit after filling. Both off by default. */
export interface ExchangePreferences {
  readonly autoFill?: boolean;
  readonly autoSubmit?: boolean;
}

export const exchangePreferences = storage.defineItem<Record<string, ExchangePreferences>>(
  'local:exchangePreferences',
  {
    fallback: {},
  },
);

/**
 * Omamori's own automatic backups in the downloads folder (download id and time written):
 * rotation deletes only these, never a file the person exported or saved.
 */
export const automaticBackupDownloads = storage.defineItem<AutomaticDownload[]>('local:automaticBackupDownloads', {
  fallback: [],
});

/** The last automatic backup: when, and which account ids it held (ids are not secret). */
export const lastBackup = storage.defineItem<{ at: number; accountIds: readonly string[] } | null>('local:lastBackup', {
  fallback: null,
});

/**
 * The sync copy's bookkeeping (ids and revisions, not secret): see utils/backup/sync.ts. The
 * older `local:syncState` (ids and deletions, read as deleted when absent) is ignored.
 */
export const syncState = storage.defineItem<SyncState>('local:syncBase', { fallback: { base: {} } });
export const syncRecord = storage.defineItem<SyncRecord | null>('local:syncRecord', { fallback: null });

/** Keyed hashes of what the look-alike check compares about the bound sites, for while locked (no site in the clear). */
export const boundSiteKeysItem = storage.defineItem<BoundSiteKeys | null>('local:boundSiteKeys', { fallback: null });

/** The last clock reading per site (not secret, kept for the browser session: see utils/sites/clock.ts). */
export const clockReadings = storage.defineItem<Record<string, ClockReading>>('session:clockReadings', {
  fallback: {},
});
/**
 * Sites whose codes follow the site's clock instead of this computer's: the skew (ms) the
 * person accepted. (The older `local:clockAdjusted` held yes/no without the skew: ignored,
 * so those sites are asked again.)
 */
export const clockAccepted = storage.defineItem<Record<string, number>>('local:clockAccepted', { fallback: {} });

/** The WebDAV destination's last upload (ids and times, not secret; the connection is in the vault). */
export const webdavRecord = storage.defineItem<WebDavRecord | null>('local:webdavRecord', { fallback: null });
