import { createHMAC, createSHA256 } from 'hash-wasm';
import { fromBase64, toBase64 } from '../encoding';
import type { Preference } from '../preference';
import { imitatesKnown, siteFeatures } from './resemblance-keys';

/**
 * What the look-alike check knows of the bound sites while the vault is locked: HMAC-SHA-256
 * (cut to 128 bits) of each site's features (resemblance-keys.ts) under a random key kept
 * beside them. Reading storage shows no site in the clear; someone who reads both and
 * guesses a site can confirm the guess (see docs/security.md).
 */
export interface BoundSiteKeys {
  readonly key: string;
  readonly hashes: readonly string[];
}

const KEY_BYTES = 32;
const HASH_HEX = 32;

type Hasher = (feature: string) => string;

async function hasherFor(key: Uint8Array): Promise<Hasher> {
  const hmac = await createHMAC(createSHA256(), key);
  return (feature) => {
    hmac.init();
    hmac.update(feature);
    return hmac.digest('hex').slice(0, HASH_HEX);
  };
}

export function boundSiteKeys(deps: {
  readonly store: Preference<BoundSiteKeys | null>;
  readonly randomBytes: (length: number) => Uint8Array;
}) {
  let cached: { readonly record: BoundSiteKeys; readonly hash: Hasher; readonly set: ReadonlySet<string> } | null =
    null;

  /** Keeps the features of `sites` (every site bound to an account), under a new key. */
  async function rebuild(sites: Iterable<string>): Promise<void> {
    const key = deps.randomBytes(KEY_BYTES);
    const hash = await hasherFor(key);
    const hashes = [...new Set([...new Set(sites)].flatMap(siteFeatures).map(hash))].sort();
    await deps.store.setValue({ key: toBase64(key), hashes });
  }

  /** Whether a page on `host` imitates a bound site (a host under one is genuine). */
  async function imitatesBound(host: string): Promise<boolean> {
    const record = await deps.store.getValue();
    if (!record?.hashes.length) return false;
    if (cached?.record.key !== record.key) {
      cached = { record, hash: await hasherFor(fromBase64(record.key)), set: new Set(record.hashes) };
    }
    const { hash, set } = cached;
    const asked = new Map<string, boolean>();
    return imitatesKnown(host, (feature) => {
      if (!asked.has(feature)) asked.set(feature, set.has(hash(feature)));
      return asked.get(feature)!;
    });
  }

  return { rebuild, imitatesBound };
}

/** What keeping the set current needs of the vault. */
interface VaultEvents {
  accounts(): Promise<readonly { readonly domains: readonly string[] }[]>;
  onChange(listener: () => void): void;
  onUnlock(listener: () => void): void;
}

/**
 * Keeps the set current: rebuilt when the vault opens and after every change that alters
 * the bound sites (a bind, an edit, an import, a merge, a deletion; not a label or a counter:
 * the sites last built are remembered in memory only), one rebuild at a time; kept while
 * locked (that is when it is needed). Answers the rebuild, for a caller that must wait for it.
 */
export function keepBoundSiteKeys(vault: VaultEvents, keys: ReturnType<typeof boundSiteKeys>): () => Promise<void> {
  let last = Promise.resolve();
  let built: string | null = null;
  const rebuild = () =>
    (last = last
      .then(async () => {
        const sites = [...new Set((await vault.accounts()).flatMap((account) => account.domains))].sort();
        if (sites.join(' ') === built) return;
        await keys.rebuild(sites);
        built = sites.join(' ');
      })
      // Locked again before it ran: the set from the last change stands.
      .catch(() => undefined));
  vault.onChange(() => void rebuild());
  vault.onUnlock(() => void rebuild());
  return rebuild;
}
