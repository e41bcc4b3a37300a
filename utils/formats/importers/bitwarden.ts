import { parseOtpauthUri } from '../../otp/uri';
import { accountData, type AccountData } from '../../otp/account';
import { checkedAccount } from '../../otp/validate';
import { BITWARDEN_ARGON2, BITWARDEN_PBKDF2, isIntegerIn } from '../bounds';
import { FormatError } from '../errors';
import {
  derived,
  hkdfExpandSha256,
  hmacSha256,
  openCbc,
  sameBytes,
  sha256,
  utf8,
  utf8Bytes,
  type ImportKdfs,
} from './crypto';
import { accountFromFields } from './fields';
import {
  base64Bytes,
  entryName,
  field,
  fileJson,
  isRecord,
  parseJson,
  refusal,
  textOf,
  type ImportEntry,
  type Importer,
  type ImportFile,
} from './importer';

const PBKDF2_SHA256 = 0;
const ARGON2ID = 1;

const exportJson = (file: ImportFile) => {
  const json = fileJson(file);
  if (!isRecord(json) || typeof field(json, 'encrypted') !== 'boolean') return undefined;
  return Array.isArray(field(json, 'items')) || field(json, 'passwordProtected') === true ? json : undefined;
};

/**
 * Bitwarden's JSON export (bitwarden.com/help/encrypted-export/): plain, `items[].login.totp`
 * (an otpauth URI, a bare secret or `steam://SECRET`); password-protected, its KDF settings
 * in the file (PBKDF2-SHA256 or Argon2id), the key stretched by HKDF into an AES-256-CBC
 * and an HMAC-SHA256 key, every value an EncString `2.iv|ciphertext|mac` (encrypt then
 * MAC); `encKeyValidation_DO_NOT_EDIT` tells a wrong password from a damaged file. An
 * account-restricted export (sealed with the account's own key) is refused with advice.
 */
export const bitwardenImporter = {
  id: 'bitwarden',
  name: 'formatBitwarden',
  detect: (file) => exportJson(file) !== undefined,
  isEncrypted: (file) => exportJson(file)?.encrypted === true,
  async entries(file, password, kdfs) {
    const json = exportJson(file);
    if (!json) throw new FormatError('unknown-format');
    if (field(json, 'encrypted') !== true) return itemEntries(field(json, 'items'));
    if (field(json, 'passwordProtected') !== true) {
      throw refusal(
        'bitwarden-account-restricted',
        'formatBitwardenAccountRestricted',
        'adviceBitwardenAccountRestricted',
        true,
      );
    }
    const inner = parseJson(await decrypt(json, password, kdfs));
    if (!isRecord(inner)) throw new FormatError('corrupt', 'decrypted export is not JSON');
    return itemEntries(field(inner, 'items'));
  },
} as const satisfies Importer;

/** One entry per item with a TOTP; items without one are not 2FA accounts. */
export function itemEntries(items: unknown): ImportEntry[] {
  if (!Array.isArray(items)) throw new FormatError('corrupt', 'no items');
  return items.flatMap((item): ImportEntry[] => {
    const record = isRecord(item) ? item : {};
    const login = isRecord(field(record, 'login')) ? (field(record, 'login') as Record<string, unknown>) : {};
    const totp = field(login, 'totp');
    if (typeof totp !== 'string' || totp.trim() === '') return [];
    const title = textOf(field(record, 'name')) ?? '';
    const username = textOf(field(login, 'username')) ?? '';
    return [totpEntry(totp, title, username)];
  });
}

/**
 * A `login_totp` / `login.totp` value: a URI (its own issuer and label, else the item's
 * name and user name), `steam://SECRET`, or a bare secret.
 */
export function totpEntry(totp: string, title: string, username: string): ImportEntry {
  const text = totp.trim();
  return {
    name: entryName(title, username),
    decode: (): AccountData => {
      if (!/^(otpauth|steam):\/\//i.test(text))
        return accountFromFields({ secret: text, issuer: title, label: username });
      const account = parseOtpauthUri(text);
      const isSteam = /^steam:/i.test(text);
      return checkedAccount(
        accountData({
          ...account,
          issuer: (isSteam ? '' : account.issuer) || title || account.issuer,
          label: account.label || username,
        }),
      );
    },
  };
}

async function decrypt(json: Record<string, unknown>, password: string | undefined, kdfs: ImportKdfs): Promise<string> {
  const derive = kdfFor(json);
  const validation = encString(field(json, 'encKeyValidation_DO_NOT_EDIT'));
  const data = encString(field(json, 'data'));
  const salt = field(json, 'salt');
  if (typeof salt !== 'string' || salt === '' || salt.length > 1024) throw new FormatError('corrupt', 'salt');
  if (password === undefined) throw new FormatError('needs-password');
  const master = await derived(() => derive(password, salt, kdfs));
  const keys = { enc: await hkdfExpandSha256(master, 'enc'), mac: await hkdfExpandSha256(master, 'mac') };
  if (!(await openEncString(validation, keys))) throw new FormatError('wrong-password');
  const plain = await openEncString(data, keys);
  if (!plain) throw new FormatError('corrupt', 'data does not open with the key that opens its check');
  return utf8(plain);
}

type Derive = (password: string, salt: string, kdfs: ImportKdfs) => Promise<Uint8Array>;

/** The file's KDF, its costs checked against BITWARDEN_* before anything is derived. */
function kdfFor(json: Record<string, unknown>): Derive {
  const type = field(json, 'kdfType');
  const iterations = field(json, 'kdfIterations');
  if (type === PBKDF2_SHA256) {
    if (!isIntegerIn(iterations, BITWARDEN_PBKDF2.min, BITWARDEN_PBKDF2.max))
      throw new FormatError('unsupported-kdf', 'PBKDF2 iterations');
    return (password, salt, kdfs) => kdfs.pbkdf2(password, utf8Bytes(salt), iterations, 'SHA-256');
  }
  if (type === ARGON2ID) {
    const memory = field(json, 'kdfMemory');
    const parallelism = field(json, 'kdfParallelism');
    const ok =
      isIntegerIn(iterations, BITWARDEN_ARGON2.minIterations, BITWARDEN_ARGON2.maxIterations) &&
      isIntegerIn(memory, BITWARDEN_ARGON2.minMemoryMiB, BITWARDEN_ARGON2.maxMemoryMiB) &&
      isIntegerIn(parallelism, 1, BITWARDEN_ARGON2.maxParallelism) &&
      memory * iterations <= BITWARDEN_ARGON2.maxWork;
    if (!ok) throw new FormatError('unsupported-kdf', 'Argon2id costs Bitwarden does not write');
    return async (password, salt, kdfs) =>
      kdfs.argon2(password, await sha256(utf8Bytes(salt)), {
        variant: 'argon2id',
        memoryKiB: memory * 1024,
        iterations,
        parallelism,
        hashLength: 32,
      });
  }
  throw new FormatError('unsupported-kdf', 'unknown KDF type');
}

interface EncString {
  readonly iv: Uint8Array;
  readonly ciphertext: Uint8Array;
  readonly mac: Uint8Array;
}

/** `2.iv|ciphertext|mac`, each base64: Bitwarden's AesCbc256_HmacSha256_B64. */
function encString(value: unknown): EncString {
  const match = typeof value === 'string' ? /^2\.([^|]*)\|([^|]*)\|([^|]*)$/.exec(value) : null;
  const [iv, ciphertext, mac] = match ? match.slice(1).map(base64Bytes) : [];
  if (!iv || !ciphertext || !mac || iv.length !== 16 || mac.length !== 32)
    throw new FormatError('corrupt', 'not an EncString of type 2');
  return { iv, ciphertext, mac };
}

/** The plaintext when the MAC is right (checked first, then decrypted), else null. */
async function openEncString(value: EncString, keys: { enc: Uint8Array; mac: Uint8Array }): Promise<Uint8Array | null> {
  const joined = new Uint8Array(value.iv.length + value.ciphertext.length);
  joined.set(value.iv);
  joined.set(value.ciphertext, value.iv.length);
  if (!sameBytes(await hmacSha256(keys.mac, joined), value.mac)) return null;
  const plain = await openCbc(keys.enc, value.iv, value.ciphertext);
  if (!plain) throw new FormatError('corrupt', 'MAC right, padding wrong');
  return plain;
}
