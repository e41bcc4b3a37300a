import { FormatError } from '../errors';
import { OtpError } from '../../otp/errors';
import { uriName } from './otpauth-list';
import { parseOtpauthUri } from '../../otp/uri';
import { accountData } from '../../otp/account';
import { checkedAccount } from '../../otp/validate';
import { derived, openGcm, utf8, utf8Bytes, type ImportKdfs } from './crypto';
import {
  base64Bytes,
  entryName,
  field,
  fileJson,
  isRecord,
  parseJson,
  textOf,
  type ImportEntry,
  type Importer,
  type ImportFile,
} from './importer';

/**
 * The password-protected export: `{ version: 1, salt, content }`, salt 16 bytes, content the
 * AES-256-GCM nonce (12 bytes), ciphertext and tag of the plain export, with associated data
 * "proton.authenticator.export.v1"; the key Argon2id v1.3 of the password at 19 MiB × 2
 * passes, 1 lane (protonpass/proton-pass-common, proton-authenticator/src/entry/
 * password_exporter.rs and crypto.rs). The costs are the format's, never the file's.
 */
const AAD = 'proton.authenticator.export.v1';
const ARGON2 = { variant: 'argon2id', memoryKiB: 19 * 1024, iterations: 2, parallelism: 1, hashLength: 32 } as const;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;

const sealedExport = (file: ImportFile) => {
  const json = fileJson(file);
  return isRecord(json) &&
    field(json, 'version') !== undefined &&
    typeof field(json, 'salt') === 'string' &&
    typeof field(json, 'content') === 'string' &&
    field(json, 'entries') === undefined
    ? json
    : undefined;
};

const plainEntries = (json: unknown) => {
  if (!isRecord(json) || !Array.isArray(field(json, 'entries')) || !('version' in json)) return undefined;
  const entries = field(json, 'entries') as unknown[];
  return entries.every((entry) => isRecord(entry) && isRecord(field(entry, 'content'))) ? entries : undefined;
};

/**
 * Proton Authenticator's JSON export: `{ version: 1, entries: [{ id, content: { uri,
 * entry_type, name }, note }] }`, each `uri` an otpauth URI; `name` is the account's own name.
 * Or the same, protected by a password (see AAD above).
 */
export const protonAuthenticatorImporter = {
  id: 'proton-authenticator',
  name: 'formatProtonAuthenticator',
  detect: (file) => sealedExport(file) !== undefined || plainEntries(fileJson(file)) !== undefined,
  isEncrypted: (file) => sealedExport(file) !== undefined,
  async entries(file, password, kdfs) {
    const sealed = sealedExport(file);
    const entries = plainEntries(sealed ? parseJson(await decrypt(sealed, password, kdfs)) : fileJson(file));
    if (!entries) throw new FormatError(sealed ? 'corrupt' : 'unknown-format', 'no entries');
    return entries.map(entryOf);
  },
} as const satisfies Importer;

function entryOf(entry: unknown): ImportEntry {
  const content = field(entry as Record<string, unknown>, 'content') as Record<string, unknown>;
  const uri = field(content, 'uri');
  const name = textOf(field(content, 'name'));
  return {
    name: typeof uri === 'string' ? uriName(uri) : entryName(name),
    decode: () => {
      if (typeof uri !== 'string') throw new OtpError('not-otpauth');
      const account = parseOtpauthUri(uri);
      return checkedAccount(accountData({ ...account, label: name?.trim() || account.label }));
    },
  };
}

async function decrypt(sealed: Record<string, unknown>, password: string | undefined, kdfs: ImportKdfs) {
  if (field(sealed, 'version') !== 1) throw new FormatError('corrupt', 'export version');
  const salt = base64Bytes(field(sealed, 'salt'));
  const content = base64Bytes(field(sealed, 'content'));
  if (!salt || salt.length !== SALT_BYTES) throw new FormatError('corrupt', 'salt');
  if (!content || content.length < NONCE_BYTES + 16) throw new FormatError('corrupt', 'content');
  if (password === undefined) throw new FormatError('needs-password');
  const key = await derived(() => kdfs.argon2(utf8Bytes(password), salt, ARGON2));
  const plain = await openGcm(key, content.subarray(0, NONCE_BYTES), content.subarray(NONCE_BYTES), utf8Bytes(AAD));
  // GCM's tag fails for a wrong key and for damage alike: the password is far the likelier.
  if (!plain) throw new FormatError('wrong-password');
  return utf8(plain);
}
