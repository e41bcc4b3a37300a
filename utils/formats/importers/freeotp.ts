import { FREEOTP_PBKDF2, isIntegerIn } from '../bounds';
import { FormatError } from '../errors';
import { isJavaSerialized, readSerializedStringMap } from '../java-serialized';
import { OtpError } from '../../otp/errors';
import { derived, openGcm, utf8Bytes, type ImportKdfs } from './crypto';
import { tokenAccount, tokenName } from './freeotp-plus';
import { byteList, failedEntry, field, isRecord, parseJson, type ImportEntry, type Importer } from './importer';

const MASTER_KEY = 'masterKey';
const TOKEN_SUFFIX = '-token';
const GCM = 'AES/GCM/NoPadding';
const KDFS: Record<string, 'SHA-1' | 'SHA-512'> = { PBKDF2withHmacSHA1: 'SHA-1', PBKDF2withHmacSHA512: 'SHA-512' };

interface EncryptedKey {
  readonly ciphertext: Uint8Array;
  readonly nonce: Uint8Array;
  /** The key's algorithm name, bound to it as additional data ("AES", "HmacSHA1", …). */
  readonly token: string;
}

/**
 * FreeOTP 2's backup, `externalBackup.xml` (freeotp-android: TokenPersistence, encryptor/
 * MasterKey.java, EncryptedKey.java): despite its name a Java-serialized HashMap. Its
 * `masterKey` is an AES key wrapped (AES-GCM, the key's algorithm name as additional data)
 * under PBKDF2-HMAC-SHA512 (or -SHA1) of the password, iterations and salt in the file; each
 * token is `uuid` → `{ key: EncryptedKey }` (its secret wrapped by the master key) and
 * `uuid-token` → the token's settings.
 */
export const freeotpImporter = {
  id: 'freeotp',
  name: 'formatFreeotp',
  detect: (file) => isJavaSerialized(file.bytes),
  isEncrypted: () => true,
  async entries(file, password, kdfs) {
    const map = readSerializedStringMap(file.bytes);
    const masterJson = parseJson(map.get(MASTER_KEY) ?? '');
    if (!isRecord(masterJson)) throw new FormatError('corrupt', 'no master key');
    const masterKey = await unwrapMasterKey(masterJson, password, kdfs);
    const entries: ImportEntry[] = [];
    for (const [uuid, value] of map) {
      if (uuid === MASTER_KEY || uuid.endsWith(TOKEN_SUFFIX)) continue;
      const token = parseJson(map.get(`${uuid}${TOKEN_SUFFIX}`) ?? '');
      const record = isRecord(token) ? token : {};
      const secret = await unwrapSecret(value, masterKey);
      if (secret instanceof Error) entries.push(failedEntry(tokenName(record), secret));
      else entries.push({ name: tokenName(record), decode: () => tokenAccount(record, secret) });
    }
    return entries;
  },
} as const satisfies Importer;

async function unwrapMasterKey(
  master: Record<string, unknown>,
  password: string | undefined,
  kdfs: ImportKdfs,
): Promise<Uint8Array> {
  const hash = KDFS[String(field(master, 'mAlgorithm'))];
  const iterations = field(master, 'mIterations');
  if (!hash) throw new FormatError('unsupported-kdf', 'a KDF FreeOTP does not use');
  if (!isIntegerIn(iterations, FREEOTP_PBKDF2.min, FREEOTP_PBKDF2.max))
    throw new FormatError('unsupported-kdf', 'PBKDF2 iterations');
  const salt = byteList(field(master, 'mSalt'), 64);
  if (!salt || ![16, 24, 32].includes(salt.length)) throw new FormatError('corrupt', 'master key salt');
  const wrapped = encryptedKey(field(master, 'mEncryptedKey'));
  if (!wrapped) throw new FormatError('corrupt', 'master key');
  if (password === undefined) throw new FormatError('needs-password');
  // FreeOTP derives as many key bits as the salt has (MasterKey.decrypt).
  const key = await derived(() => kdfs.pbkdf2(password, salt, iterations, hash, salt.length * 8));
  const masterKey = await openGcm(key, wrapped.nonce, wrapped.ciphertext, utf8Bytes(wrapped.token));
  if (!masterKey) throw new FormatError('wrong-password');
  if (![16, 24, 32].includes(masterKey.length)) throw new FormatError('corrupt', 'master key size');
  return masterKey;
}

/** A token's secret, or the error that entry fails with (the others still import). */
async function unwrapSecret(value: string, masterKey: Uint8Array): Promise<Uint8Array | Error> {
  const outer = parseJson(value);
  const inner =
    isRecord(outer) && typeof field(outer, 'key') === 'string' ? parseJson(field(outer, 'key') as string) : undefined;
  const wrapped = encryptedKey(inner);
  if (!wrapped) return new OtpError('missing-secret');
  const secret = await openGcm(masterKey, wrapped.nonce, wrapped.ciphertext, utf8Bytes(wrapped.token));
  return secret ?? new FormatError('corrupt', 'token key does not open with the master key');
}

function encryptedKey(value: unknown): EncryptedKey | null {
  if (!isRecord(value) || field(value, 'mCipher') !== GCM || typeof field(value, 'mToken') !== 'string') return null;
  const ciphertext = byteList(field(value, 'mCipherText'));
  const nonce = gcmNonce(byteList(field(value, 'mParameters'), 64));
  return ciphertext && nonce ? { ciphertext, nonce, token: field(value, 'mToken') as string } : null;
}

/** GCMParameters as Java encodes them (DER): SEQUENCE { OCTET STRING nonce, INTEGER tagBits }, or a bare OCTET STRING. */
function gcmNonce(der: Uint8Array | null): Uint8Array | null {
  if (!der || der.length < 2) return null;
  let at = 0;
  if (der[0] === 0x30) at = 2;
  if (der[at] !== 0x04) return null;
  const length = der[at + 1]!;
  const nonce = der.subarray(at + 2, at + 2 + length);
  return nonce.length === length && length === 12 ? nonce.slice() : null;
}
