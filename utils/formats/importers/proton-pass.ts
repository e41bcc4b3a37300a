import { FormatError } from '../errors';
import { isZip, zipEntries } from '../zip';
import { totpEntry } from './bitwarden';
import {
  field,
  fileJson,
  isRecord,
  parseJson,
  refusal,
  startsWith,
  strictUtf8,
  textOf,
  type ImportEntry,
  type Importer,
  type ImportFile,
} from './importer';

const TRASHED = 2;
const PGP_MESSAGE = '-----BEGIN PGP MESSAGE-----';

const isExport = (json: unknown): json is Record<string, unknown> =>
  isRecord(json) && isRecord(field(json, 'vaults')) && typeof field(json, 'version') === 'string';

const plainJson = (file: ImportFile) => {
  const json = fileJson(file);
  return isExport(json) ? json : undefined;
};

/** A zip whose central directory names Proton Pass's `data.json` (or its PGP-sealed twin). */
function zipKind(file: ImportFile): 'json' | 'pgp' | undefined {
  if (!isZip(file.bytes)) return undefined;
  try {
    const names = zipEntries(file.bytes).map((entry) => entry.name);
    if (names.some((name) => /(^|\/)data\.json$/.test(name))) return 'json';
    if (names.some((name) => /(^|\/)data\.pgp$/.test(name))) return 'pgp';
  } catch {
    return undefined;
  }
  return undefined;
}

const isPgp = (file: ImportFile) => startsWith(file.bytes, PGP_MESSAGE);

/**
 * Proton Pass's export (proton.me/support/pass-export): unencrypted JSON, or the zip that
 * holds it as `Proton Pass/data.json` (inflated with the browser's DecompressionStream):
 * `{ version, encrypted: false, vaults: { id: { name, items: [{ data: { type, metadata:
 * { name }, content: { itemUsername, itemEmail, totpUri }, extraFields: [{ type: 'totp',
 * data: { totpUri } }] }, state }] } } }`; a `totpUri` is an otpauth URI or a bare secret.
 * Trashed items (state 2) are left out. The PGP-encrypted export is refused with advice.
 */
export const protonPassImporter = {
  id: 'proton-pass',
  name: 'formatProtonPass',
  detect: (file) => plainJson(file) !== undefined || zipKind(file) !== undefined || isPgp(file),
  isEncrypted: (file) => isPgp(file) || zipKind(file) === 'pgp',
  async entries(file) {
    if (isPgp(file) || zipKind(file) === 'pgp')
      throw refusal('proton-pass-pgp', 'formatProtonPass', 'adviceProtonPassEncrypted', true);
    const json = plainJson(file) ?? (await fromZip(file));
    return itemEntries(json);
  },
} as const satisfies Importer;

async function fromZip(file: ImportFile): Promise<Record<string, unknown>> {
  const entry = zipEntries(file.bytes).find((candidate) => /(^|\/)data\.json$/.test(candidate.name));
  if (!entry) throw new FormatError('corrupt', 'no data.json in the zip');
  const text = strictUtf8(await entry.read());
  const json = text === null ? undefined : parseJson(text);
  if (!isExport(json)) throw new FormatError('corrupt', 'data.json is not a Proton Pass export');
  return json;
}

function itemEntries(json: Record<string, unknown>): ImportEntry[] {
  if (field(json, 'encrypted') === true)
    throw refusal('proton-pass-pgp', 'formatProtonPass', 'adviceProtonPassEncrypted', true);
  const vaults = Object.values(field(json, 'vaults') as Record<string, unknown>);
  return vaults.flatMap((vault) => {
    const items = isRecord(vault) ? field(vault, 'items') : undefined;
    return Array.isArray(items) ? items.flatMap(itemTotps) : [];
  });
}

function itemTotps(item: unknown): ImportEntry[] {
  if (!isRecord(item) || field(item, 'state') === TRASHED) return [];
  const data = field(item, 'data');
  if (!isRecord(data)) return [];
  const metadata = field(data, 'metadata');
  const content = field(data, 'content');
  const title = (isRecord(metadata) && textOf(field(metadata, 'name'))) || '';
  const username =
    (isRecord(content) && (textOf(field(content, 'itemUsername')) || textOf(field(content, 'itemEmail')))) || '';
  const uris: unknown[] = [isRecord(content) ? field(content, 'totpUri') : undefined];
  const extra = field(data, 'extraFields');
  if (Array.isArray(extra)) {
    for (const extraField of extra) {
      if (isRecord(extraField) && field(extraField, 'type') === 'totp' && isRecord(field(extraField, 'data'))) {
        uris.push(field(field(extraField, 'data') as Record<string, unknown>, 'totpUri'));
      }
    }
  }
  return uris.flatMap((uri) => (typeof uri === 'string' && uri.trim() !== '' ? [totpEntry(uri, title, username)] : []));
}
