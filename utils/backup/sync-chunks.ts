import { isRecord } from '../formats/importers/importer';

/**
 * The sync copy in `storage.sync`: a backup file's text cut into chunks under the per-item
 * limit, and a manifest that names each chunk's SHA-256, so a half-synced set (some chunks
 * from an older copy) is told apart and never restored. The manifest says in the clear only
 * which vault the copy is of and which key sealed it (a one-way id); dates, counts,
 * deletions and revisions are inside the backup's seal, where no one can forge them.
 * Version 1 manifests (dates, counts and deletions in the clear) are still read.
 */
export const SYNC_FORMAT = 'omamori-sync';
export const SYNC_VERSION = 2;

/** What both browsers allow an extension in `storage.sync`. */
export const SYNC_QUOTA = { totalBytes: 102_400, itemBytes: 8_192, maxItems: 512 } as const;

export const MANIFEST_KEY = 'omamori.manifest';
const CHUNK_PREFIX = 'omamori.chunk.';
/** Characters of backup text per item: the limit counts the key and the JSON-quoted value. */
const CHUNK_CHARS = 7_900;
/** Room kept for the manifest itself (its chunk digests) within the total. */
const MANIFEST_RESERVE = 4_000;

export interface SyncManifest {
  readonly format: typeof SYNC_FORMAT;
  /** 1: an older Omamori's copy (no vault id). */
  readonly version: 1 | 2;
  readonly vaultId: string | null;
  readonly keyId: string | null;
  readonly chunks: readonly string[];
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
  manifest: { readonly vaultId: string; readonly keyId: string },
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
  const stored = items[MANIFEST_KEY];
  if (stored === undefined) return { ok: false, reason: 'none' };
  const manifest = parseManifest(stored);
  if (!manifest) {
    const version = isRecord(stored) ? stored.version : undefined;
    return { ok: false, reason: typeof version === 'number' && version > SYNC_VERSION ? 'newer-format' : 'corrupt' };
  }
  const chunks = manifest.chunks.map((_, index) => items[chunkKey(index)]);
  if (!chunks.every((chunk): chunk is string => typeof chunk === 'string')) return { ok: false, reason: 'incomplete' };
  const digests = await Promise.all(chunks.map(sha256));
  if (digests.some((digest, index) => digest !== manifest.chunks[index])) return { ok: false, reason: 'incomplete' };
  return { ok: true, manifest, text: chunks.join('') };
}

const isHexId = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{16,64}$/.test(value);

/** The manifest, when it is one this version reads: digests well formed, ids where version 2 needs them. */
function parseManifest(value: unknown): SyncManifest | null {
  if (!isRecord(value) || value.format !== SYNC_FORMAT) return null;
  const { version, chunks, vaultId, keyId } = value;
  const digests =
    Array.isArray(chunks) &&
    chunks.length <= SYNC_QUOTA.maxItems &&
    chunks.every((digest): digest is string => typeof digest === 'string' && /^[0-9a-f]{64}$/.test(digest));
  if (!digests) return null;
  if (version === 1) return { format: SYNC_FORMAT, version, vaultId: null, keyId: null, chunks };
  if (version !== 2 || !isHexId(vaultId) || !isHexId(keyId)) return null;
  return { format: SYNC_FORMAT, version, vaultId, keyId, chunks };
}
