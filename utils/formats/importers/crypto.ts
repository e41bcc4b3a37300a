import { argon2d, argon2id, createMD5, scrypt } from 'hash-wasm';
import { FormatError } from '../errors';
import { concatBytes as concat, decode, encode, importAesKey, open, sameBytes } from '../../vault/crypto';

/** Re-exported for the importers: one constant-time comparison and one concatenation for the whole extension. */
export { concat, sameBytes };

const GCM_KEY_BYTES = 32;
const GCM_NONCE_BYTES = 12;
const GCM_TAG_BYTES = 16;
const CBC_BLOCK = 16;

export type Pbkdf2Hash = 'SHA-1' | 'SHA-256' | 'SHA-512';

export interface Argon2Params {
  readonly variant: 'argon2id' | 'argon2d';
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
  readonly hashLength: number;
}

/**
 * The derivations other apps' exports use, passed in so a test can count or remember
 * them: SYSTEM_KDFS run them here; the background passes `importKdfs` (utils/kdf/thread.ts),
 * which runs scrypt and Argon2 in Firefox's KDF worker. Callers check the costs first
 * (../bounds.ts).
 */
export interface ImportKdfs {
  // Properties, not methods: each is passed around on its own, with no `this`.
  pbkdf2: (
    password: string,
    salt: Uint8Array,
    iterations: number,
    hash: Pbkdf2Hash,
    bits?: number,
  ) => Promise<Uint8Array>;
  scrypt: (password: string, salt: Uint8Array, n: number, r: number, p: number) => Promise<Uint8Array>;
  argon2: (password: string | Uint8Array, salt: Uint8Array, params: Argon2Params) => Promise<Uint8Array>;
}

export async function pbkdf2(
  password: string,
  salt: Uint8Array,
  iterations: number,
  hash: Pbkdf2Hash,
  bits = 256,
): Promise<Uint8Array> {
  const base = await crypto.subtle.importKey('raw', encode(password), 'PBKDF2', false, ['deriveBits']);
  const derived = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', salt: salt as BufferSource, iterations, hash },
    base,
    bits,
  );
  return new Uint8Array(derived);
}

export function scryptKey(password: string, salt: Uint8Array, n: number, r: number, p: number): Promise<Uint8Array> {
  return scrypt({ password, salt, costFactor: n, blockSize: r, parallelism: p, hashLength: 32, outputType: 'binary' });
}

export function argon2Key(password: string | Uint8Array, salt: Uint8Array, params: Argon2Params): Promise<Uint8Array> {
  const options = {
    password,
    salt,
    memorySize: params.memoryKiB,
    iterations: params.iterations,
    parallelism: params.parallelism,
    hashLength: params.hashLength,
    outputType: 'binary' as const,
  };
  return params.variant === 'argon2d' ? argon2d(options) : argon2id(options);
}

export const SYSTEM_KDFS: ImportKdfs = { pbkdf2, scrypt: scryptKey, argon2: argon2Key };

/** A derivation whose library refuses its parameters is a file we do not support. */
export async function derived(derive: () => Promise<Uint8Array>): Promise<Uint8Array> {
  try {
    return await derive();
  } catch (error) {
    throw new FormatError('unsupported-kdf', error instanceof Error ? error.message : 'derivation failed');
  }
}

/**
 * AES-256-GCM decryption of another app's export: the plaintext, or null when the tag
 * fails (a wrong key: the caller knows whether that means the password or damage).
 * Keys and nonces of the wrong size are damage: FormatError('corrupt').
 */
export async function openGcm(
  key: Uint8Array,
  nonce: Uint8Array,
  ciphertextAndTag: Uint8Array,
  additionalData?: Uint8Array,
): Promise<Uint8Array | null> {
  if (key.length !== GCM_KEY_BYTES && key.length !== 16 && key.length !== 24)
    throw new FormatError('corrupt', 'key size');
  if (nonce.length !== GCM_NONCE_BYTES) throw new FormatError('corrupt', 'nonce size');
  if (ciphertextAndTag.length < GCM_TAG_BYTES) throw new FormatError('corrupt', 'shorter than its tag');
  if (additionalData === undefined && key.length === GCM_KEY_BYTES)
    return open(await importAesKey(key), { nonce, ciphertext: ciphertextAndTag }, null);
  const cryptoKey = await crypto.subtle.importKey('raw', key as BufferSource, 'AES-GCM', false, ['decrypt']);
  try {
    const params: AesGcmParams = {
      name: 'AES-GCM',
      iv: nonce as BufferSource,
      ...(additionalData ? { additionalData: additionalData as BufferSource } : {}),
    };
    return new Uint8Array(await crypto.subtle.decrypt(params, cryptoKey, ciphertextAndTag as BufferSource));
  } catch {
    return null;
  }
}

/**
 * AES-CBC with PKCS#7 padding: the plaintext, or null when the padding is wrong (most
 * often a wrong key). A ciphertext that is not whole blocks is damage.
 */
export async function openCbc(key: Uint8Array, iv: Uint8Array, ciphertext: Uint8Array): Promise<Uint8Array | null> {
  if (key.length !== 32 && key.length !== 16) throw new FormatError('corrupt', 'key size');
  if (iv.length !== CBC_BLOCK) throw new FormatError('corrupt', 'IV size');
  if (ciphertext.length === 0 || ciphertext.length % CBC_BLOCK !== 0)
    throw new FormatError('corrupt', 'not whole AES blocks');
  const cryptoKey = await crypto.subtle.importKey('raw', key as BufferSource, 'AES-CBC', false, ['decrypt']);
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-CBC', iv: iv as BufferSource }, cryptoKey, ciphertext as BufferSource),
    );
  } catch {
    return null;
  }
}

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
}

export async function hmacSha256(key: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    key as BufferSource,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, data as BufferSource));
}

/** HKDF-Expand (RFC 5869) with SHA-256, for at most one block (32 bytes). */
export async function hkdfExpandSha256(prk: Uint8Array, info: string, length = 32): Promise<Uint8Array> {
  const block = await hmacSha256(prk, concat(encode(info), Uint8Array.of(1)));
  return block.slice(0, length);
}

/**
 * OpenSSL's EVP_BytesToKey with MD5 and one round, as CryptoJS derives the key and IV of
 * `AES.encrypt(text, passphrase)`: D_i = MD5(D_{i-1} || passphrase || salt).
 */
export async function evpBytesToKey(
  passphrase: Uint8Array,
  salt: Uint8Array,
  keyBytes = 32,
  ivBytes = 16,
): Promise<{ key: Uint8Array; iv: Uint8Array }> {
  const md5 = await createMD5();
  let output: Uint8Array = new Uint8Array(0);
  let previous: Uint8Array = new Uint8Array(0);
  while (output.length < keyBytes + ivBytes) {
    md5.init();
    md5.update(concat(previous, passphrase, salt));
    previous = md5.digest('binary');
    output = concat(output, previous);
  }
  return { key: output.slice(0, keyBytes), iv: output.slice(keyBytes, keyBytes + ivBytes) };
}

/** UTF-8 text of decrypted bytes; invalid sequences become U+FFFD, never an exception. */
export const utf8 = decode;
export const utf8Bytes = encode;
