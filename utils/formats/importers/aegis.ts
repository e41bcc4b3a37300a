import { AEGIS_SCRYPT, SALT_BYTES } from '../bounds';
import { FormatError } from '../errors';
import { concat, derived, openGcm, utf8, type ImportKdfs } from './crypto';
import { accountFromFields } from './fields';
import {
  base64Bytes,
  entryName,
  fileJson,
  hexBytes,
  isRecord,
  parseJson,
  type ImportEntry,
  type Importer,
  type ImportFile,
} from './importer';

const PASSWORD_SLOT = 1;

interface PasswordSlot {
  readonly key: Uint8Array;
  readonly nonce: Uint8Array;
  readonly tag: Uint8Array;
  readonly salt: Uint8Array;
  readonly n: number;
  readonly r: number;
  readonly p: number;
}

interface Sealed {
  readonly nonce: Uint8Array;
  readonly tag: Uint8Array;
}

const vault = (file: ImportFile) => {
  const json = fileJson(file);
  return isRecord(json) && isRecord(json.header) && 'db' in json ? { header: json.header, db: json.db } : undefined;
};

/** Aegis vault export, plain or encrypted (scrypt → slot key → AES-GCM), as Aegis documents it. */
export const aegisImporter = {
  id: 'aegis',
  name: 'formatAegis',
  detect: (file) => vault(file) !== undefined,
  isEncrypted: (file) => typeof vault(file)?.db === 'string',
  async entries(file, password, kdfs) {
    const parsed = vault(file);
    if (!parsed) throw new FormatError('unknown-format');
    const db = typeof parsed.db === 'string' ? await decrypt(parsed.header, parsed.db, password, kdfs) : parsed.db;
    if (!isRecord(db) || !Array.isArray(db.entries)) throw new FormatError('corrupt', 'no entries');
    return db.entries.map(toEntry);
  },
} as const satisfies Importer;

/**
 * Every cost is checked before the first derivation. A slot whose tag fails means the
 * password is not this slot's; a slot that opens but a database that does not means the
 * file is damaged.
 */
async function decrypt(
  header: Record<string, unknown>,
  db: string,
  password: string | undefined,
  kdfs: ImportKdfs,
): Promise<unknown> {
  if (password === undefined) throw new FormatError('needs-password');
  const slots = passwordSlots(header.slots);
  const params = sealedParams(header.params);
  const ciphertext = base64Bytes(db);
  if (!ciphertext) throw new FormatError('corrupt', 'db is not base64');
  const masterKey = await openSlots(slots, password, kdfs);
  const plain = await openGcm(masterKey, params.nonce, concat(ciphertext, params.tag));
  if (!plain) throw new FormatError('corrupt', 'the vault does not decrypt with its own key');
  return parseJson(utf8(plain));
}

async function openSlots(slots: readonly PasswordSlot[], password: string, kdfs: ImportKdfs): Promise<Uint8Array> {
  for (const slot of slots) {
    const key = await derived(() => kdfs.scrypt(password, slot.salt, slot.n, slot.r, slot.p));
    const masterKey = await openGcm(key, slot.nonce, concat(slot.key, slot.tag));
    if (!masterKey) continue;
    if (masterKey.length !== 32) throw new FormatError('corrupt', 'slot holds no AES-256 key');
    return masterKey;
  }
  throw new FormatError('wrong-password');
}

function passwordSlots(value: unknown): PasswordSlot[] {
  if (!Array.isArray(value)) throw new FormatError('corrupt', 'no slots');
  const slots = value.filter((slot) => isRecord(slot) && slot.type === PASSWORD_SLOT).map(passwordSlot);
  if (slots.length === 0) throw new FormatError('corrupt', 'no password slot');
  if (slots.length > AEGIS_SCRYPT.maxPasswordSlots)
    throw new FormatError('unsupported-kdf', `${slots.length} password slots`);
  const work = slots.reduce((total, slot) => total + slot.n * slot.r * slot.p, 0);
  if (work > AEGIS_SCRYPT.maxTotalWork) throw new FormatError('unsupported-kdf', `scrypt work ${work}`);
  return slots;
}

function passwordSlot(slot: unknown): PasswordSlot {
  const record = isRecord(slot) ? slot : {};
  const { n, r, p } = record;
  // N a power of two above 1; each factor bounded on its own so their product stays exact.
  const factorsOk = isPowerOfTwo(n) && isFactor(r) && isFactor(p);
  if (!factorsOk || n * r * p < AEGIS_SCRYPT.minWork || n * r * p > AEGIS_SCRYPT.maxTotalWork) {
    throw new FormatError('unsupported-kdf', 'scrypt parameters Aegis does not write');
  }
  const key = hexBytes(record.key);
  const salt = hexBytes(record.salt);
  const sealed = sealedParams(record.key_params);
  if (!key || key.length !== 32) throw new FormatError('corrupt', 'slot key');
  if (!salt || salt.length < SALT_BYTES.min || salt.length > SALT_BYTES.max)
    throw new FormatError('corrupt', 'slot salt');
  return { key, salt, n, r, p, ...sealed };
}

function sealedParams(value: unknown): Sealed {
  const record = isRecord(value) ? value : {};
  const nonce = hexBytes(record.nonce);
  const tag = hexBytes(record.tag);
  if (!nonce || nonce.length !== 12 || !tag || tag.length !== 16) throw new FormatError('corrupt', 'nonce or tag');
  return { nonce, tag };
}

const isPowerOfTwo = (value: unknown): value is number =>
  typeof value === 'number' &&
  Number.isInteger(value) &&
  value > 1 &&
  value <= AEGIS_SCRYPT.maxTotalWork &&
  (value & (value - 1)) === 0;

const isFactor = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= AEGIS_SCRYPT.maxTotalWork;

function toEntry(entry: unknown): ImportEntry {
  const record = isRecord(entry) ? entry : {};
  const info = isRecord(record.info) ? record.info : {};
  return {
    name: entryName(record.issuer, record.name),
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
