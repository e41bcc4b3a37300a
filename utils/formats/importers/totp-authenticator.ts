import { OtpError } from '../../otp/errors';
import { base32Encode } from '../../otp/secret';
import { FormatError } from '../errors';
import { openCbc, sha256, utf8, utf8Bytes } from './crypto';
import { accountFromFields } from './fields';
import {
  base64Bytes,
  entryName,
  field,
  hexBytes,
  isRecord,
  parseJson,
  textOf,
  type ImportEntry,
  type Importer,
  type ImportFile,
} from './importer';

/** The password TOTP Authenticator encrypts with when the person set none. */
const BUILT_IN_PASSWORD = 'TotpAuthenticator';
const ZERO_IV = new Uint8Array(16);

/** The whole file one base64 text whose bytes are whole AES blocks. */
const ciphertext = (file: ImportFile) => {
  const text = file.text.trim();
  if (text.length < 24 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return undefined;
  const bytes = base64Bytes(text);
  return bytes && bytes.length >= 16 && bytes.length % 16 === 0 ? bytes : undefined;
};

/**
 * TOTP Authenticator's (com.authenticator.authservice2) backup, as Aegis reads it: base64
 * of AES-256-CBC (zero IV, the key SHA-256 of the password, "TotpAuthenticator" when the
 * person set none) over a JSON object whose first key is the JSON list of accounts `{ name,
 * issuer, key, base: 16 | 32 | 64 }`, TOTP with SHA-1, 6 digits, 30 s.
 */
export const totpAuthenticatorImporter = {
  id: 'totp-authenticator',
  name: 'formatTotpAuthenticator',
  detect: (file) => ciphertext(file) !== undefined,
  isEncrypted: () => true,
  async entries(file, password) {
    const sealed = ciphertext(file);
    if (!sealed) throw new FormatError('unknown-format');
    const plain = (password !== undefined && (await open(sealed, password))) || (await open(sealed, BUILT_IN_PASSWORD));
    if (!plain) throw new FormatError(password === undefined ? 'needs-password' : 'wrong-password');
    return plain;
  },
} as const satisfies Importer;

async function open(sealed: Uint8Array, password: string): Promise<ImportEntry[] | null> {
  const plain = await openCbc(await sha256(utf8Bytes(password)), ZERO_IV, sealed);
  const json = plain && parseJson(utf8(plain));
  if (!isRecord(json)) return null;
  const [first] = Object.keys(json);
  const list = first === undefined ? [] : parseJson(first);
  return Array.isArray(list) ? list.map(toEntry) : null;
}

function toEntry(value: unknown): ImportEntry {
  const record = isRecord(value) ? value : {};
  return {
    name: entryName(field(record, 'issuer'), field(record, 'name')),
    decode: () => {
      const key = textOf(field(record, 'key')) ?? '';
      const base = field(record, 'base');
      const bytes = base === 16 ? hexBytes(key) : base === 64 ? base64Bytes(key) : base === 32 ? null : undefined;
      if (bytes === undefined) throw new OtpError('invalid-secret', 'unknown encoding');
      if (base !== 32 && !bytes) throw new OtpError('invalid-secret', `not base ${String(base)}`);
      return accountFromFields({
        secret: bytes ? base32Encode(bytes) : key,
        issuer: field(record, 'issuer'),
        label: field(record, 'name'),
      });
    },
  };
}
