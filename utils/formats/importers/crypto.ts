import { scrypt } from 'hash-wasm';
import { FormatError } from '../errors';
import { importAesKey, open } from '../../vault/crypto';

const GCM_KEY_BYTES = 32;
const GCM_NONCE_BYTES = 12;
const GCM_TAG_BYTES = 16;

/**
 * The derivations other apps' exports use, passed in so a test can count or remember
 * them; production uses SYSTEM_KDFS. Callers check the costs first (../bounds.ts).
 */
export interface ImportKdfs {
  pbkdf2(password: string, salt: Uint8Array, iterations: number, hash: 'SHA-1' | 'SHA-256'): Promise<Uint8Array>;
  scrypt(password: string, salt: Uint8Array, n: number, r: number, p: number): Promise<Uint8Array>;
}

export async function pbkdf2(password: string, salt: Uint8Array, iterations: number, hash: 'SHA-1' | 'SHA-256'): Promise<Uint8Array> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', salt: salt as BufferSource, iterations, hash }, base, 256);
  return new Uint8Array(bits);
}

export function scryptKey(password: string, salt: Uint8Array, n: number, r: number, p: number): Promise<Uint8Array> {
  return scrypt({ password, salt, costFactor: n, blockSize: r, parallelism: p, hashLength: 32, outputType: 'binary' });
}

export const SYSTEM_KDFS: ImportKdfs = { pbkdf2, scrypt: scryptKey };

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
export async function openGcm(key: Uint8Array, nonce: Uint8Array, ciphertextAndTag: Uint8Array): Promise<Uint8Array | null> {
  if (key.length !== GCM_KEY_BYTES) throw new FormatError('corrupt', 'key size');
  if (nonce.length !== GCM_NONCE_BYTES) throw new FormatError('corrupt', 'nonce size');
  if (ciphertextAndTag.length < GCM_TAG_BYTES) throw new FormatError('corrupt', 'shorter than its tag');
  return open(await importAesKey(key), { nonce, ciphertext: ciphertextAndTag }, null);
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** UTF-8 text of decrypted bytes; invalid sequences become U+FFFD, never an exception. */
export const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
