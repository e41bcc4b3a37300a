import { ANDOTP_PBKDF2 } from '../bounds';
import { FormatError } from '../errors';
import { derived, openGcm, utf8 } from './crypto';
import { accountFromFields } from './fields';
import { entryName, isRecord, parseJson, type ImportEntry, type Importer, type ImportFile } from './importer';

// Encrypted layout: iterations (uint32 BE) | salt (12) | nonce (12) | ciphertext + tag.
const HEADER = 4 + 12 + 12;
const TAG = 16;
// Wide on purpose: a file is recognised as andOTP's over this range, then held to ANDOTP_PBKDF2.
const RECOGNISED_ITERATIONS = { min: 1_000, max: 10_000_000 };

const plainEntries = (file: ImportFile) => {
  const json = parseJson(file.text);
  return Array.isArray(json) && json.every((entry) => isRecord(entry) && 'secret' in entry && 'type' in entry) ? json : undefined;
};

function encryptedLayout(file: ImportFile) {
  if (file.bytes.length < HEADER + TAG || parseJson(file.text) !== undefined) return undefined;
  const iterations = new DataView(file.bytes.buffer, file.bytes.byteOffset, 4).getUint32(0);
  if (iterations < RECOGNISED_ITERATIONS.min || iterations > RECOGNISED_ITERATIONS.max) return undefined;
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
  detect: (file) => encryptedLayout(file) !== undefined || plainEntries(file) !== undefined,
  isEncrypted: (file) => encryptedLayout(file) !== undefined,
  async entries(file, password, kdfs) {
    const layout = encryptedLayout(file);
    let entries: unknown = plainEntries(file);
    if (layout) {
      if (password === undefined) throw new FormatError('needs-password');
      const { iterations, salt, nonce, ciphertext } = layout;
      if (iterations < ANDOTP_PBKDF2.min || iterations > ANDOTP_PBKDF2.max) {
        throw new FormatError('unsupported-kdf', `${iterations} PBKDF2 iterations`);
      }
      const key = await derived(() => kdfs.pbkdf2(password, salt, iterations, 'SHA-1'));
      const plain = await openGcm(key, nonce, ciphertext);
      if (!plain) throw new FormatError(writtenByAndotp(iterations) ? 'wrong-password' : 'corrupt');
      entries = parseJson(utf8(plain));
    }
    if (!Array.isArray(entries)) throw new FormatError('corrupt', 'no entries');
    return entries.map(toEntry);
  },
};

/**
 * The header's only checkable part: andOTP always writes a count in its window. Outside
 * it, a failed tag says the header is damaged rather than the password wrong.
 */
const writtenByAndotp = (iterations: number) => iterations >= ANDOTP_PBKDF2.writtenMin && iterations <= ANDOTP_PBKDF2.writtenMax;

function toEntry(entry: unknown): ImportEntry {
  const record = isRecord(entry) ? entry : {};
  return {
    name: entryName(record.issuer, record.label),
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
