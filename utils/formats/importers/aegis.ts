import { fromBase64 } from '../../encoding';
import { FormatError } from '../errors';
import { concat, decryptGcm, hexToBytes, scryptKey } from './crypto';
import { accountFromFields } from './fields';
import { isRecord, parseJson, type ImportEntry, type Importer, type ImportFile } from './importer';

const PASSWORD_SLOT = 1;

interface AegisHeader {
  slots: { type: number; key: string; key_params: { nonce: string; tag: string }; n: number; r: number; p: number; salt: string }[] | null;
  params: { nonce: string; tag: string } | null;
}

const vault = (file: ImportFile) => {
  const json = parseJson(file.text);
  return isRecord(json) && isRecord(json.header) && 'db' in json ? (json as { header: AegisHeader; db: unknown }) : undefined;
};

/** Aegis vault export, plain or encrypted (scrypt → slot key → AES-GCM), as Aegis documents it. */
export const aegisImporter: Importer = {
  id: 'aegis',
  detect: (file) => vault(file) !== undefined,
  isEncrypted: (file) => typeof vault(file)?.db === 'string',
  async entries(file, password) {
    const parsed = vault(file)!;
    const db = typeof parsed.db === 'string' ? await decrypt(parsed.header, parsed.db, password) : parsed.db;
    if (!isRecord(db) || !Array.isArray(db.entries)) throw new FormatError('corrupt', 'no entries');
    return db.entries.map(toEntry);
  },
};

async function decrypt(header: AegisHeader, db: string, password: string | undefined): Promise<unknown> {
  if (password === undefined) throw new FormatError('needs-password');
  const slots = (header.slots ?? []).filter((slot) => slot.type === PASSWORD_SLOT);
  if (!header.params || slots.length === 0) throw new FormatError('corrupt', 'no password slot');
  let masterKey: Uint8Array | undefined;
  for (const slot of slots) {
    const key = await scryptKey(password, hexToBytes(slot.salt), slot.n, slot.r, slot.p);
    masterKey = await decryptGcm(key, hexToBytes(slot.key_params.nonce), concat(hexToBytes(slot.key), hexToBytes(slot.key_params.tag))).catch(
      () => undefined,
    );
    if (masterKey) break;
  }
  if (!masterKey) throw new FormatError('wrong-password');
  const plain = await decryptGcm(masterKey, hexToBytes(header.params.nonce), concat(fromBase64(db), hexToBytes(header.params.tag))).catch(
    () => {
      throw new FormatError('corrupt', 'the vault does not decrypt with its own key');
    },
  );
  return parseJson(new TextDecoder().decode(plain));
}

function toEntry(entry: unknown): ImportEntry {
  const record = isRecord(entry) ? entry : {};
  const info = isRecord(record.info) ? record.info : {};
  return {
    name: [record.issuer, record.name].filter(Boolean).join(' / ') || '?',
    decode: () =>
      accountFromFields({
        type: record.type,
        secret: info.secret,
        algorithm: info.algo,
        digits: info.digits,
        period: info.period,
        counter: info.counter,
        issuer: record.issuer,
        label: record.name,
      }),
  };
}
