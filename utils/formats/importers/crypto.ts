import { scrypt } from 'hash-wasm';
import { FormatError } from '../errors';

/** AES-256-GCM decryption of another app's export; a failed tag means a wrong password. */
export async function decryptGcm(key: Uint8Array, nonce: Uint8Array, ciphertextAndTag: Uint8Array): Promise<Uint8Array> {
  const cryptoKey = await crypto.subtle.importKey('raw', key as BufferSource, 'AES-GCM', false, ['decrypt']);
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: nonce as BufferSource }, cryptoKey, ciphertextAndTag as BufferSource);
    return new Uint8Array(plain);
  } catch {
    throw new FormatError('wrong-password');
  }
}

export async function pbkdf2(password: string, salt: Uint8Array, iterations: number, hash: 'SHA-1' | 'SHA-256'): Promise<Uint8Array> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', salt: salt as BufferSource, iterations, hash }, base, 256);
  return new Uint8Array(bits);
}

export function scryptKey(password: string, salt: Uint8Array, n: number, r: number, p: number): Promise<Uint8Array> {
  return scrypt({ password, salt, costFactor: n, blockSize: r, parallelism: p, hashLength: 32, outputType: 'binary' });
}

export const hexToBytes = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (byte) => parseInt(byte, 16));

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
