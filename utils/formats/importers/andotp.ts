import { ANDOTP_PBKDF2 } from '../bounds';
import { FormatError } from '../errors';
import { derived, openGcm, sha256, utf8, utf8Bytes, type ImportKdfs } from './crypto';
import { accountFromFields } from './fields';
import {
  entryName,
  fileJson,
  isRecord,
  parseJson,
  startsWith,
  strictUtf8,
  textOf,
  type ImportEntry,
  type Importer,
  type ImportFile,
} from './importer';

// Encrypted layout: iterations (uint32 BE) | salt (12) | nonce (12) | ciphertext + tag.
// The old format (before andOTP 0.6.3): nonce (12) | ciphertext + tag, the key SHA-256 of the password.
const HEADER = 4 + 12 + 12;
const OLD_HEADER = 12;
const TAG = 16;
// Wide on purpose: a file is recognised as andOTP's over this range, then held to ANDOTP_PBKDF2.
const RECOGNISED_ITERATIONS = { min: 1_000, max: 10_000_000 };

const plainEntries = (file: ImportFile) => {
  const json = fileJson(file);
  return Array.isArray(json) && json.every((entry) => isRecord(entry) && 'secret' in entry && 'type' in entry)
    ? json
    : undefined;
};

function encryptedLayout(file: ImportFile) {
  if (file.bytes.length < HEADER + TAG || fileJson(file) !== undefined) return undefined;
  const iterations = new DataView(file.bytes.buffer, file.bytes.byteOffset, 4).getUint32(0);
  if (iterations < RECOGNISED_ITERATIONS.min || iterations > RECOGNISED_ITERATIONS.max) return undefined;
  return {
    iterations,
    salt: file.bytes.slice(4, 16),
    nonce: file.bytes.slice(16, HEADER),
    ciphertext: file.bytes.slice(HEADER),
  };
}

/** Signatures of binary files that are something else (zip, SQLite, PDF, PNG, JPEG, gzip). */
const OTHER_BINARIES = ['PK\u0003\u0004', 'SQLite format 3', '%PDF', '\u0089PNG', '\u00ff\u00d8\u00ff', '\u001f\u008b'];

/** A binary file (not UTF-8, no other file's signature) long enough for the old format: andOTP marks it no other way. */
const oldLayout = (file: ImportFile) =>
  file.bytes.length >= OLD_HEADER + TAG + 2 &&
  !OTHER_BINARIES.some((signature) => startsWith(file.bytes, signature)) &&
  strictUtf8(file.bytes) === null
    ? { nonce: file.bytes.slice(0, OLD_HEADER), ciphertext: file.bytes.slice(OLD_HEADER) }
    : undefined;

/**
 * andOTP backup, plain JSON or encrypted: the current format (PBKDF2-SHA1 with stored
 * iterations + AES-GCM), or the old one (AES-GCM under SHA-256 of the password). A binary
 * file whose first four bytes are no iteration count andOTP writes is tried as the old
 * format only (which derives nothing).
 */
export const andotpImporter = {
  id: 'andotp',
  name: 'formatAndotp',
  detect: (file) =>
    encryptedLayout(file) !== undefined || plainEntries(file) !== undefined || oldLayout(file) !== undefined,
  isEncrypted: (file) => plainEntries(file) === undefined,
  async entries(file, password, kdfs) {
    let entries: unknown = plainEntries(file);
    if (entries === undefined) {
      if (password === undefined) throw new FormatError('needs-password');
      entries = parseJson(utf8(await decrypt(file, password, kdfs)));
    }
    if (!Array.isArray(entries)) throw new FormatError('corrupt', 'no entries');
    return entries.map(toEntry);
  },
} as const satisfies Importer;

async function decrypt(file: ImportFile, password: string, kdfs: ImportKdfs): Promise<Uint8Array> {
  const layout = encryptedLayout(file);
  const old = oldLayout(file);
  const openOld = async () => (old ? openGcm(await sha256(utf8Bytes(password)), old.nonce, old.ciphertext) : null);
  if (!layout) {
    const plain = await openOld();
    if (!plain) throw new FormatError('wrong-password');
    return plain;
  }
  const { iterations, salt, nonce, ciphertext } = layout;
  if (iterations < ANDOTP_PBKDF2.min || iterations > ANDOTP_PBKDF2.max) {
    const plain = await openOld();
    if (!plain) throw new FormatError('unsupported-kdf', `${iterations} PBKDF2 iterations`);
    return plain;
  }
  const key = await derived(() => kdfs.pbkdf2(password, salt, iterations, 'SHA-1'));
  const plain = (await openGcm(key, nonce, ciphertext)) ?? (await openOld());
  if (!plain) throw new FormatError(writtenByAndotp(iterations) ? 'wrong-password' : 'corrupt');
  return plain;
}

/**
 * The header's only checkable part: andOTP always writes a count in its window. Outside
 * it, a failed tag says the header is damaged rather than the password wrong.
 */
const writtenByAndotp = (iterations: number) =>
  iterations >= ANDOTP_PBKDF2.writtenMin && iterations <= ANDOTP_PBKDF2.writtenMax;

/**
 * Without an `issuer` field (andOTP before 0.6.3), the label holds both: "Issuer - Label"
 * as andOTP wrote it, or "Issuer:Label" from the URI it was scanned from; beside one, the
 * label may still start with "Issuer:".
 */
function issuerAndLabel(record: Record<string, unknown>): { issuer: unknown; label: unknown } {
  let issuer: unknown = record.issuer;
  let label: unknown = record.label;
  if (!('issuer' in record)) {
    const match = /^(.*?)(?: - |:)(.*)$/.exec(textOf(record.label) ?? '');
    [issuer, label] = match ? [match[1], match[2]] : ['', record.label];
  }
  // Old andOTP also kept the URI's "Issuer:Label" as the label ("Deno - Deno:Mason").
  const issuerText = textOf(issuer)?.trim();
  const labelText = textOf(label);
  if (issuerText && labelText?.startsWith(`${issuerText}:`)) label = labelText.slice(issuerText.length + 1);
  return { issuer, label };
}

function toEntry(entry: unknown): ImportEntry {
  const record = isRecord(entry) ? entry : {};
  const { issuer, label } = issuerAndLabel(record);
  return {
    name: entryName(issuer, label),
    decode: () =>
      accountFromFields({
        type: record.type,
        secret: record.secret,
        algorithm: record.algorithm,
        digits: record.digits,
        period: record.period,
        counter: record.counter,
        issuer,
        label,
      }),
  };
}
