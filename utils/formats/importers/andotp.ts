import { FormatError } from '../errors';
import { decryptGcm, pbkdf2 } from './crypto';
import { accountFromFields } from './fields';
import { isRecord, parseJson, type ImportEntry, type Importer, type ImportFile } from './importer';

// Encrypted layout: iterations (uint32 BE) | salt (12) | nonce (12) | ciphertext + tag.
const HEADER = 4 + 12 + 12;
const TAG = 16;

const plainEntries = (file: ImportFile) => {
  const json = parseJson(file.text);
  return Array.isArray(json) && json.every((entry) => isRecord(entry) && 'secret' in entry && 'type' in entry) ? json : undefined;
};

function encryptedLayout(file: ImportFile) {
  if (parseJson(file.text) !== undefined || file.bytes.length < HEADER + TAG) return undefined;
  const iterations = new DataView(file.bytes.buffer, file.bytes.byteOffset).getUint32(0);
  if (iterations < 1_000 || iterations > 10_000_000) return undefined;
  return {
    iterations,
    salt: file.bytes.slice(4, 16),
    nonce: file.bytes.slice(16, HEADER),
    ciphertext: file.bytes.slice(HEADER),
  };
}

/** andOTP backup, plain JSON or encrypted (PBKDF2-SHA1 with stored iterations + AES-GCM). */
export const andotpImporter: Importer = {
  id: 'andotp',
  detect: (file) => plainEntries(file) !== undefined || encryptedLayout(file) !== undefined,
  isEncrypted: (file) => encryptedLayout(file) !== undefined,
  async entries(file, password) {
    const layout = encryptedLayout(file);
    let entries: unknown = plainEntries(file);
    if (layout) {
      if (password === undefined) throw new FormatError('needs-password');
      const key = await pbkdf2(password, layout.salt, layout.iterations, 'SHA-1');
      entries = parseJson(new TextDecoder().decode(await decryptGcm(key, layout.nonce, layout.ciphertext)));
    }
    if (!Array.isArray(entries)) throw new FormatError('corrupt', 'no entries');
    return entries.map(toEntry);
  },
};

function toEntry(entry: unknown): ImportEntry {
  const record = isRecord(entry) ? entry : {};
  return {
    name: [record.issuer, record.label].filter(Boolean).join(' / ') || '?',
    decode: () =>
      accountFromFields({
        type: record.type,
        secret: record.secret,
        algorithm: record.algorithm,
        digits: record.digits,
        period: record.period,
        counter: record.counter,
        issuer: record.issuer,
        label: record.label,
      }),
  };
}
