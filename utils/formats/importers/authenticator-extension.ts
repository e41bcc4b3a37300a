import { OtpError } from '../../otp/errors';
import { base32Encode } from '../../otp/secret';
import { AUTHENTICATOR_EXTENSION_ARGON2 as COST, isIntegerIn } from '../bounds';
import { FormatError } from '../errors';
import { derived, evpBytesToKey, openCbc, sameBytes, utf8, utf8Bytes, type ImportKdfs } from './crypto';
import { accountFromFields } from './fields';
import {
  base64Bytes,
  entryName,
  failedEntry,
  field,
  fileJson,
  hexBytes,
  isRecord,
  parseJson,
  textOf,
  type ImportEntry,
  type Importer,
  type ImportFile,
} from './importer';

type Item = Record<string, unknown>;

const isItem = (key: string, value: unknown): value is Item =>
  isRecord(value) &&
  ('secret' in value ||
    'encrypted' in value ||
    field(value, 'dataType') === 'Key' ||
    field(value, 'dataType') === 'EncOTPStorage' ||
    (key === 'key' && 'enc' in value && 'hash' in value));

const backup = (file: ImportFile) => {
  const json = fileJson(file);
  if (!isRecord(json)) return undefined;
  const items = Object.entries(json).filter(([key]) => key !== 'UserSettings');
  return items.length > 0 && items.every(([key, value]) => isItem(key, value))
    ? new Map(items as [string, Item][])
    : undefined;
};

const isSealed = (items: Map<string, Item>) =>
  [...items.values()].some((item) => field(item, 'dataType') === 'EncOTPStorage' || field(item, 'encrypted') === true);

/**
 * The open-source "Authenticator" browser extension's JSON backup (Authenticator-Extension/
 * Authenticator: src/import.ts, models/encryption.ts), plain or encrypted. Its v3
 * encryption: a key record `{ dataType: 'Key', id, salt, hash }`; the passphrase is the
 * base64 hash of Argon2id(password, salt; 19 MiB, 2 passes, 1 lane), `hash` an encoded
 * Argon2id hash of that passphrase (the password check); every entry `{ dataType:
 * 'EncOTPStorage', keyId, data }`, `data` CryptoJS's AES (OpenSSL "Salted__", key and IV
 * by EVP_BytesToKey-MD5) of the entry's JSON. The older v1 (each secret CryptoJS-encrypted
 * with the password) and v2 (a `key: { enc }` holding the passphrase) are read too.
 */
export const authenticatorExtensionImporter = {
  id: 'authenticator-extension',
  name: 'formatAuthenticatorExtension',
  detect: (file) => backup(file) !== undefined,
  isEncrypted: (file) => {
    const items = backup(file);
    return items !== undefined && isSealed(items);
  },
  async entries(file, password, kdfs) {
    const items = backup(file);
    if (!items) throw new FormatError('unknown-format');
    const sealed = isSealed(items);
    if (sealed && password === undefined) throw new FormatError('needs-password');
    const passphrases = new Map<string, string>();
    const legacy = sealed ? await legacyPassphrase(items, password!) : undefined;
    const entries: ImportEntry[] = [];
    let opened = 0;
    for (const [key, item] of items) {
      if (field(item, 'dataType') === 'Key' || key === 'key') continue;
      if (field(item, 'dataType') === 'EncOTPStorage') {
        const keyId = textOf(field(item, 'keyId')) ?? '';
        if (!passphrases.has(keyId)) passphrases.set(keyId, await unlockKey(items.get(keyId), password!, kdfs));
        const inner = parseJson(
          utf8((await cryptoJsDecrypt(field(item, 'data'), passphrases.get(keyId)!)) ?? new Uint8Array()),
        );
        if (!isRecord(inner))
          entries.push(
            failedEntry(`#${entries.length + 1}`, new FormatError('corrupt', 'entry does not open with its key')),
          );
        else entries.push(plainEntry({ ...inner, encrypted: false }));
        continue;
      }
      if (field(item, 'encrypted') === true) {
        const secret = await cryptoJsDecrypt(field(item, 'secret'), legacy ?? password!);
        const text = secret && utf8(secret);
        if (text && /^[a-z2-7]+=*$|^[0-9a-f]+$|^(stm|blz|bliz)-/i.test(text)) {
          opened += 1;
          entries.push(plainEntry({ ...item, secret: text, encrypted: false }));
        } else
          entries.push(
            failedEntry(entryName(field(item, 'issuer'), field(item, 'account')), new FormatError('wrong-password')),
          );
        continue;
      }
      entries.push(plainEntry(item));
    }
    const v1Entries = [...items.values()].filter(
      (item) => field(item, 'encrypted') === true && field(item, 'dataType') !== 'EncOTPStorage',
    ).length;
    if (v1Entries > 0 && opened === 0) throw new FormatError('wrong-password');
    return entries;
  },
} as const satisfies Importer;

/** v2: `key.enc` is the passphrase (its bytes as hex, as CryptoJS's toString gives them), sealed with the password. */
async function legacyPassphrase(items: Map<string, Item>, password: string): Promise<string | undefined> {
  const key = items.get('key');
  if (!key || typeof field(key, 'enc') !== 'string') return undefined;
  const bytes = await cryptoJsDecrypt(field(key, 'enc'), password);
  if (!bytes) throw new FormatError('wrong-password');
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** v3: the passphrase of a key record, once its own Argon2id check says the password is right. */
async function unlockKey(record: Item | undefined, password: string, kdfs: ImportKdfs): Promise<string> {
  if (!record || field(record, 'dataType') !== 'Key' || typeof field(record, 'salt') !== 'string')
    throw new FormatError('corrupt', 'entry sealed with a key the file lacks');
  const check = encodedArgon2(field(record, 'hash'));
  const salt = utf8Bytes(field(record, 'salt') as string);
  if (salt.length < 1 || salt.length > 1024) throw new FormatError('corrupt', 'key salt');
  const raw = await derived(() =>
    kdfs.argon2(password, salt, {
      variant: 'argon2id',
      memoryKiB: COST.memoryKiB,
      iterations: COST.iterations,
      parallelism: COST.parallelism,
      hashLength: 32,
    }),
  );
  const passphrase = unpaddedBase64(raw);
  const hashOfHash = await derived(() =>
    kdfs.argon2(passphrase, check.salt, { variant: 'argon2id', ...check.params, hashLength: check.hash.length }),
  );
  if (!sameBytes(hashOfHash, check.hash)) throw new FormatError('wrong-password');
  return passphrase;
}

/** `$argon2id$v=19$m=…,t=…,p=…$salt$hash` (PHC string format), its costs held to COST. */
function encodedArgon2(value: unknown) {
  const match =
    typeof value === 'string'
      ? /^\$argon2id\$v=19\$m=(\d{1,9}),t=(\d{1,4}),p=(\d{1,3})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(value)
      : null;
  if (!match) throw new FormatError('corrupt', 'key check is not an encoded Argon2id hash');
  const [memoryKiB, iterations, parallelism] = match.slice(1, 4).map(Number) as [number, number, number];
  const ok =
    isIntegerIn(parallelism, 1, COST.maxParallelism) &&
    isIntegerIn(memoryKiB, 8 * parallelism, COST.maxMemoryKiB) &&
    isIntegerIn(iterations, 1, COST.maxIterations) &&
    memoryKiB * iterations <= COST.maxWork;
  if (!ok) throw new FormatError('unsupported-kdf', 'key check costs the extension does not write');
  const salt = base64Bytes(padded(match[4]!));
  const hash = base64Bytes(padded(match[5]!));
  if (!salt || !hash || salt.length < 8 || hash.length < 16 || hash.length > 64)
    throw new FormatError('corrupt', 'key check');
  return { params: { memoryKiB, iterations, parallelism }, salt, hash };
}

const padded = (text: string) => text + '='.repeat((4 - (text.length % 4)) % 4);
const unpaddedBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/=+$/, '');

/** CryptoJS.AES.decrypt(text, passphrase): OpenSSL's "Salted__" | salt (8) | AES-256-CBC. */
async function cryptoJsDecrypt(value: unknown, passphrase: string): Promise<Uint8Array | null> {
  const bytes = base64Bytes(value);
  if (!bytes || bytes.length < 32 || utf8(bytes.subarray(0, 8)) !== 'Salted__') return null;
  const { key, iv } = await evpBytesToKey(utf8Bytes(passphrase), bytes.subarray(8, 16));
  if ((bytes.length - 16) % 16 !== 0) return null;
  return openCbc(key, iv, bytes.slice(16));
}

/** An entry as the extension stores it: `{ account, issuer, secret, type, counter, period, digits, algorithm }`. */
function plainEntry(item: Item): ImportEntry {
  return {
    name: entryName(field(item, 'issuer'), field(item, 'account')),
    decode: () => {
      const type = textOf(field(item, 'type'))?.toLowerCase() ?? 'totp';
      let secret = field(item, 'secret');
      if (type === 'hex' || type === 'hhex') {
        const bytes = hexBytes(secret);
        if (!bytes) throw new OtpError('invalid-secret', 'not hex');
        secret = base32Encode(bytes);
      }
      if (type === 'steam' && typeof secret === 'string') secret = secret.replace(/^stm-/, '');
      return accountFromFields({
        type: type === 'hex' ? 'totp' : type === 'hhex' ? 'hotp' : type,
        secret,
        algorithm: field(item, 'algorithm'),
        digits: type === 'steam' ? undefined : field(item, 'digits'),
        period: field(item, 'period'),
        counter: field(item, 'counter'),
        issuer: field(item, 'issuer'),
        label: field(item, 'account'),
      });
    },
  };
}
