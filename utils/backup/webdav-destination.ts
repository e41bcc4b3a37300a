/**
 * Omamori's backups in the person's WebDAV storage: each one a file in an `Omamori/` folder
 * there (made when missing), named like the downloads copy, kept by age (retention.ts). The
 * age is the file's sealed creation time, read by the caller (`datedBy`), never its name or
 * the server's date: a server can rename or re-date a file, not reseal one. Only files whose
 * names are exactly Omamori's own, in that folder, and whose sealed time was read, are ever
 * deleted: the person may keep anything else beside them. An upload that fails is retried a
 * few times at once and reported attempt by attempt; it never throws and touches nothing but
 * the server (catching up later is webdav-catch-up.ts's).
 */
import { backupFilename } from './format';
import { retain } from './retention';
import {
  createWebDavClient,
  type Fetch,
  type WebDavClient,
  type WebDavConfig,
  type WebDavError,
  type WebDavFailure,
  type WebDavResult,
} from './webdav';

export const WEBDAV_FOLDER = 'Omamori/';
/** After the first try: three more, 1 s, 4 s and 16 s later. */
export const WEBDAV_RETRY_DELAYS_MS: readonly number[] = [1_000, 4_000, 16_000];

/** Failures that waiting does not mend: the person has to change something first. */
const FINAL: ReadonlySet<WebDavFailure> = new Set<WebDavFailure>([
  'unauthorized',
  'forbidden',
  'quota',
  'insecure-url',
  'certificate',
  'invalid-config',
  'not-found',
  'bad-response',
  'redirect',
]);

export const isRetryable = (reason: WebDavFailure): boolean => !FINAL.has(reason);

const BACKUP_NAME = /^omamori-backup-(\d{4})-(\d{2})-(\d{2})-(\d{2})-(\d{2})-(\d{2})\.json$/;

/** `omamori-backup-2026-12-01-09-03-27.json` (UTC): the downloads copy's name. */
export const webDavBackupName = (at: number): string => backupFilename(new Date(at));

/** When a backup of that name was written, or undefined when the name is not exactly Omamori's. */
export function webDavBackupTime(name: string): number | undefined {
  const match = BACKUP_NAME.exec(name);
  if (!match) return undefined;
  const field = (index: number) => Number(match[index]);
  const at = Date.UTC(field(1), field(2) - 1, field(3), field(4), field(5), field(6));
  // A name with a month 13 or a 25th hour is nobody's backup: its time does not name it back.
  return Number.isFinite(at) && webDavBackupName(at) === name ? at : undefined;
}

export interface WebDavBackup {
  readonly filename: string;
  /** From the name: when it says it was written (a claim; the sealed time decides). */
  readonly at: number;
  readonly size: number | undefined;
  /**
   * What its authenticated content says, when this vault's key opened it (the stored
   * connection's list): when it was sealed, its vault revision, and whether that is older
   * than what this browser holds. Null: it does not open with this vault's key.
   */
  readonly sealed?: { readonly createdAt: number; readonly revision: number; readonly older: boolean } | null;
}

/** One try of an upload: when it started, and how it went. */
export interface UploadAttempt {
  readonly at: number;
  readonly outcome: WebDavResult<undefined>;
}

/** What pruning the old backups did after an upload; it never fails the upload. */
export interface Rotation {
  readonly removed: readonly string[];
  readonly failed: readonly { readonly filename: string; readonly reason: WebDavFailure }[];
  /** Omamori-named files whose sealed time could not be read (another key, damaged): kept. */
  readonly undated: readonly string[];
  /** Set when the folder could not be listed, so nothing was pruned. */
  readonly listing?: WebDavFailure;
}

/** An upload's outcome, with every try (the last one is the outcome's) whichever way it went. */
export type WebDavUpload = { readonly attempts: readonly UploadAttempt[] } & (
  { readonly ok: true; readonly value: { readonly filename: string; readonly rotation: Rotation } } | WebDavError
);

export interface WebDavDestination {
  /** The folder made or found: the options page's check of the person's settings. */
  prepare(): Promise<WebDavResult<'existed' | 'created'>>;
  /** Writes one backup file's text (already encrypted by the caller), then prunes. */
  upload(text: string): Promise<WebDavUpload>;
  /** Omamori's backups there, newest first; `not-found` when the folder is not there yet. */
  list(): Promise<WebDavResult<WebDavBackup[]>>;
  /** One backup's text; only Omamori's own names are read. */
  read(filename: string): Promise<WebDavResult<string>>;
}

export interface WebDavDestinationDeps {
  readonly now: () => number;
  /** Waits between tries (tests resolve it at once, or restart a server meanwhile). */
  readonly sleep: (ms: number) => Promise<void>;
  /**
   * A backup file's sealed creation time, read from its authenticated content (undefined when
   * it cannot be read: it is then never deleted). Without it nothing is pruned.
   */
  readonly datedBy?: (backup: WebDavBackup, read: () => Promise<WebDavResult<string>>) => Promise<number | undefined>;
  readonly retryDelaysMs?: readonly number[];
}

/** The destination at the person's folder, over the given `fetch`. */
export function webDavDestination(
  config: WebDavConfig,
  deps: WebDavDestinationDeps & { readonly fetch: Fetch; readonly timeoutMs?: number },
): WebDavDestination {
  const client = createWebDavClient(
    config,
    deps.timeoutMs === undefined ? { fetch: deps.fetch } : { fetch: deps.fetch, timeoutMs: deps.timeoutMs },
  );
  return webDavDestinationOn(client, deps);
}

export function webDavDestinationOn(client: WebDavClient, deps: WebDavDestinationDeps): WebDavDestination {
  const delays = deps.retryDelaysMs ?? WEBDAV_RETRY_DELAYS_MS;

  async function tryOnce(filename: string, text: string): Promise<WebDavResult<undefined>> {
    const folder = await client.ensureFolder(WEBDAV_FOLDER);
    return folder.ok ? client.put(WEBDAV_FOLDER + filename, text) : folder;
  }

  async function upload(text: string): Promise<WebDavUpload> {
    // One name for every try: a retry overwrites what a broken try may have left.
    const filename = webDavBackupName(deps.now());
    const attempts: UploadAttempt[] = [];
    for (;;) {
      const at = deps.now();
      const outcome = await tryOnce(filename, text);
      attempts.push({ at, outcome });
      if (outcome.ok) return { ok: true, value: { filename, rotation: await rotate(filename) }, attempts };
      const delay = delays[attempts.length - 1];
      if (delay === undefined || !isRetryable(outcome.reason)) return { ...outcome, attempts };
      await deps.sleep(delay);
    }
  }

  async function list(): Promise<WebDavResult<WebDavBackup[]>> {
    const entries = await client.list(WEBDAV_FOLDER);
    if (!entries.ok) return entries;
    const backups = entries.value.flatMap(({ name, isFolder, size }) => {
      const at = isFolder ? undefined : webDavBackupTime(name);
      return at === undefined ? [] : [{ filename: name, at, size }];
    });
    return { ok: true, value: backups.sort((a, b) => b.at - a.at) };
  }

  /** Deletes Omamori's backups that retention.ts lets go, by their sealed times; never the one just written. */
  async function rotate(written: string): Promise<Rotation> {
    const datedBy = deps.datedBy;
    if (!datedBy) return { removed: [], failed: [], undated: [] };
    const backups = await list();
    if (!backups.ok) return { removed: [], failed: [], undated: [], listing: backups.reason };
    const dated: { key: string; at: number }[] = [];
    const undated: string[] = [];
    const now = deps.now();
    for (const backup of backups.value) {
      const { filename } = backup;
      // The one just written was sealed a moment ago, here: no need to read it back.
      const at = filename === written ? now : await datedBy(backup, () => read(filename));
      if (at === undefined) undated.push(filename);
      else dated.push({ key: filename, at });
    }
    const removed: string[] = [];
    const failed: { filename: string; reason: WebDavFailure }[] = [];
    for (const filename of retain(dated, now).remove) {
      if (filename === written) continue;
      const gone = await client.remove(WEBDAV_FOLDER + filename);
      if (gone.ok || gone.reason === 'not-found') removed.push(filename);
      else failed.push({ filename, reason: gone.reason });
    }
    return { removed, failed, undated };
  }

  async function read(filename: string): Promise<WebDavResult<string>> {
    if (webDavBackupTime(filename) === undefined)
      return { ok: false, reason: 'not-found', detail: 'not an Omamori backup name' };
    return client.get(WEBDAV_FOLDER + filename);
  }

  return { prepare: () => client.ensureFolder(WEBDAV_FOLDER), upload, list, read };
}
