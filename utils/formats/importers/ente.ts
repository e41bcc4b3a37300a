import { ENTE_ARGON2 } from '../bounds';
import { FormatError } from '../errors';
import { derived, utf8, utf8Bytes, type ImportKdfs } from './crypto';
import { base64Bytes, field, fileJson, isRecord, type Importer, type ImportFile } from './importer';
import { matchingLines, uriEntry } from './otpauth-list';

const ENTE_LINE = /^otpauth:\/\/.*[?&]codeDisplay=/i;
const KEY_BYTES = 32;
const HEADER_BYTES = 24;
const SALT_BYTES = 16;

const encryptedExport = (file: ImportFile) => {
  const json = fileJson(file);
  return isRecord(json) && isRecord(field(json, 'kdfParams')) && 'encryptedData' in json && 'encryptionNonce' in json
    ? json
    : undefined;
};

/**
 * Ente Auth's export, plain (`otpauth://` lines with Ente's own `codeDisplay` parameter)
 * or encrypted, as Ente documents it (docs/auth/migration/export.md, "Auth Encrypted
 * Export format"): `{ version: 1, kdfParams: { memLimit, opsLimit, salt }, encryptedData,
 * encryptionNonce }`, the key Argon2id (libsodium's crypto_pwhash: one lane, memLimit in
 * bytes), the lines sealed as one XChaCha20-Poly1305 secretstream message (the nonce is
 * the stream's header; see pullMessage for its tag). libsodium is loaded only when such a
 * file is opened.
 */
export const enteImporter = {
  id: 'ente',
  name: 'formatEnte',
  detect: (file) => encryptedExport(file) !== undefined || matchingLines(file, ENTE_LINE).length > 0,
  isEncrypted: (file) => encryptedExport(file) !== undefined,
  async entries(file, password, kdfs) {
    const sealed = encryptedExport(file);
    const text = sealed ? await decrypt(sealed, password, kdfs) : file.text;
    return text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => /^otpauth:\/\//i.test(line))
      .map(uriEntry);
  },
} as const satisfies Importer;

async function decrypt(
  sealed: Record<string, unknown>,
  password: string | undefined,
  kdfs: ImportKdfs,
): Promise<string> {
  if (field(sealed, 'version') !== 1) throw new FormatError('corrupt', 'export version');
  const params = field(sealed, 'kdfParams') as Record<string, unknown>;
  const memLimit = field(params, 'memLimit');
  const opsLimit = field(params, 'opsLimit');
  if (!isEnteCost(memLimit, opsLimit) || typeof opsLimit !== 'number')
    throw new FormatError('unsupported-kdf', 'Argon2id costs Ente does not write');
  const salt = base64Bytes(field(params, 'salt'));
  const header = base64Bytes(field(sealed, 'encryptionNonce'));
  const ciphertext = base64Bytes(field(sealed, 'encryptedData'));
  if (!salt || salt.length !== SALT_BYTES) throw new FormatError('corrupt', 'salt');
  if (!header || header.length !== HEADER_BYTES) throw new FormatError('corrupt', 'stream header');
  if (!ciphertext || ciphertext.length < 17) throw new FormatError('corrupt', 'encrypted data');
  if (password === undefined) throw new FormatError('needs-password');
  const key = await derived(() =>
    kdfs.argon2(utf8Bytes(password), salt, {
      variant: 'argon2id',
      memoryKiB: memLimit / 1024,
      iterations: opsLimit,
      parallelism: 1,
      hashLength: KEY_BYTES,
    }),
  );
  const plain = await pullMessage(key, header, ciphertext);
  // The stream has no key check of its own: a failed tag is most likely the password.
  if (!plain) throw new FormatError('wrong-password');
  return utf8(plain);
}

function isEnteCost(memLimit: unknown, opsLimit: unknown): memLimit is number {
  return (
    typeof memLimit === 'number' &&
    typeof opsLimit === 'number' &&
    Number.isInteger(memLimit) &&
    Number.isInteger(opsLimit) &&
    memLimit % 1024 === 0 &&
    memLimit >= ENTE_ARGON2.minMemoryBytes &&
    memLimit <= ENTE_ARGON2.maxMemoryBytes &&
    opsLimit >= 1 &&
    memLimit * opsLimit <= ENTE_ARGON2.maxWork
  );
}

/**
 * The one message of the secretstream; null when it does not open. Any tag is taken: Ente
 * wrote (ente_crypto_dart's chachaEncryptData, through the Dart sodium package's `createPush`)
 * its data as one message with the ordinary tag and left the empty final message out of the
 * file, and its reader pulls with `requireFinalized: false`; later versions tag it final.
 * The message is authenticated either way: the tag only marks where a stream ends.
 */
async function pullMessage(key: Uint8Array, header: Uint8Array, ciphertext: Uint8Array): Promise<Uint8Array | null> {
  const { default: sodium } = await import('libsodium-wrappers-sumo');
  await sodium.ready;
  try {
    const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(header, key);
    const result = sodium.crypto_secretstream_xchacha20poly1305_pull(state, ciphertext, null);
    return result ? result.message : null;
  } catch {
    return null;
  }
}
