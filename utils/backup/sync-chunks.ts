import { isRecord } from '../formats/importers/importer';

/**
 * The sync copy in `storage.sync`: a backup file's text cut into chunks under the per-item
 * limit, and a manifest that names each chunk's SHA-256, so a half-synced set (some chunks
 * from an older copy) is told apart and never restored. Only the backup's own plain fields
 * (format, dates, counts) and account ids are readable; labels, issuers and secrets are
 * inside its ciphertext.
 */
export const SYNC_FORMAT = 'omamori-sync';
export const SYNC_VERSION = 1;

/** What both browsers allow an extension in `storage.sync`. */
export const SYNC_QUOTA = { totalBytes: 102_400, itemBytes: 8_192, maxItems: 512 } as const;

export const MANIFEST_KEY = 'omamori.manifest';
const CHUNK_PREFIX = 'omamori.chunk.';
/** Characters of backup text per item: the limit counts the key and the JSON-quoted value. */
const CHUNK_CHARS = 7_900;
/** Room kept for the manifest itself (digests, tombstones) within the total. */
const MANIFEST_RESERVE = 12_000;

/** A deleted account, so the other browser deletes it too instead of restoring it. */
export interface Tombstone {
  readonly id: string;
  readonly deletedAt: number;
}

export interface SyncManifest {
  readonly format: typeof SYNC_FORMAT;
  readonly version: number;
  readonly createdAt: number;
  /** Accounts in this copy, and in the vault that wrote it (more when the quota was short). */
  readonly count: number;
  readonly total: number;
  readonly chunks: readonly string[];
  readonly tombstones: readonly Tombstone[];
}

export type SyncItems = Record<string, unknown>;

export type SyncRead =
  | { readonly ok: true; readonly manifest: SyncManifest; readonly text: string }
  | { readonly ok: false; readonly reason: 'none' | 'incomplete' | 'newer-format' | 'corrupt' };

const chunkKey = (index: number) => `${CHUNK_PREFIX}${index}`;

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Bytes as the browsers count them: each key plus its JSON value. */
export function syncBytes(items: SyncItems): number {
  return Object.entries(items).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
}

/** Whether a backup text of `length` characters fits beside its manifest. */
export function fitsSyncQuota(length: number): boolean {
  const chunks = Math.ceil(length / CHUNK_CHARS);
  return chunks + 1 <= SYNC_QUOTA.maxItems && length + chunks * 24 + MANIFEST_RESERVE <= SYNC_QUOTA.totalBytes;
}

/** The items to write for `text`, and the keys of an older, longer copy to remove. */
export async function toSyncItems(
  text: string,
  manifest: Omit<SyncManifest, 'format' | 'version' | 'chunks'>,
  existingKeys: readonly string[],
): Promise<{ items: SyncItems; stale: string[] }> {
  const chunks = Array.from({ length: Math.ceil(text.length / CHUNK_CHARS) }, (_, index) =>
    text.slice(index * CHUNK_CHARS, (index + 1) * CHUNK_CHARS),
  );
  const items: SyncItems = Object.fromEntries(chunks.map((chunk, index) => [chunkKey(index), chunk]));
  items[MANIFEST_KEY] = {
    format: SYNC_FORMAT,
    version: SYNC_VERSION,
    ...manifest,
    chunks: await Promise.all(chunks.map(sha256)),
  } satisfies SyncManifest;
  const stale = existingKeys.filter((key) => key.startsWith(CHUNK_PREFIX) && !(key in items));
  return { items, stale };
}

/** The copy in `items`, when every chunk is there and is the one the manifest names. */
export async function fromSyncItems(items: SyncItems): Promise<SyncRead> {
  const manifest = items[MANIFEST_KEY];
  if (manifest === undefined) return { ok: false, reason: 'none' };
  if (!isManifest(manifest)) {
    const version = isRecord(manifest) ? manifest.version : undefined;
    return { ok: false, reason: typeof version === 'number' && version > SYNC_VERSION ? 'newer-format' : 'corrupt' };
  }
  const chunks = manifest.chunks.map((_, index) => items[chunkKey(index)]);
  if (!chunks.every((chunk): chunk is string => typeof chunk === 'string')) return { ok: false, reason: 'incomplete' };
  const digests = await Promise.all(chunks.map(sha256));
  if (digests.some((digest, index) => digest !== manifest.chunks[index])) return { ok: false, reason: 'incomplete' };
  return { ok: true, manifest, text: chunks.join('') };
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function isManifest(value: unknown): value is SyncManifest {
  if (!isRecord(value) || value.format !== SYNC_FORMAT || value.version !== SYNC_VERSION) return false;
  const { createdAt, count, total, chunks, tombstones } = value;
  return (
    isCount(createdAt) &&
    isCount(count) &&
    isCount(total) &&
    Array.isArray(chunks) &&
    chunks.length <= SYNC_QUOTA.maxItems &&
    chunks.every((digest) => typeof digest === 'string' && /^[0-9a-f]{64}$/.test(digest)) &&
    Array.isArray(tombstones) &&
    tombstones.every(
      (stone) => isRecord(stone) && typeof stone.id === 'string' && stone.id.length <= 64 && isCount(stone.deletedAt),
    )
  );
}
