/**
 * AES-256-GCM with WebCrypto: the one cipher of the vault, its rows and its backups, and
 * the one wrapper for it (other apps' exports use it too, without a context).
 */

export interface Sealed {
  readonly nonce: Uint8Array;
  readonly ciphertext: Uint8Array;
}

export type RandomBytes = (length: number) => Uint8Array;

export const KEY_BYTES = 32;
const NONCE_BYTES = 12;

export const systemRandomBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

/** A non-extractable AES-GCM key; the raw bytes stay with the caller. */
export function importAesKey(raw: Uint8Array): Promise<CryptoKey> {
  if (raw.length !== KEY_BYTES) throw new Error(`AES-256 keys are ${KEY_BYTES} bytes`);
  return crypto.subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** GCM parameters: `context` is authenticated, never stored; null for formats without one. */
function gcmParams(nonce: Uint8Array, context: string | null): AesGcmParams {
  return context === null
    ? { name: 'AES-GCM', iv: nonce as BufferSource }
    : { name: 'AES-GCM', iv: nonce as BufferSource, additionalData: encode(context) };
}

/** Encrypts under a fresh random nonce; the ciphertext ends with the 16-byte tag. */
export async function seal(
  key: CryptoKey,
  plaintext: Uint8Array,
  context: string | null,
  randomBytes: RandomBytes,
): Promise<Sealed> {
  const nonce = randomBytes(NONCE_BYTES);
  const ciphertext = await crypto.subtle.encrypt(gcmParams(nonce, context), key, plaintext as BufferSource);
  return { nonce, ciphertext: new Uint8Array(ciphertext) };
}

/** Decrypts, or returns null when the key, the context or the bytes are not the sealed ones. */
export async function open(key: CryptoKey, sealed: Sealed, context: string | null): Promise<Uint8Array | null> {
  try {
    const plaintext = await crypto.subtle.decrypt(
      gcmParams(sealed.nonce, context),
      key,
      sealed.ciphertext as BufferSource,
    );
    return new Uint8Array(plaintext);
  } catch {
    return null;
  }
}

export function encode(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

export function decode(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/** The byte arrays one after another, in one new array. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Equal bytes, in time that depends on the length only. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) difference |= a[index]! ^ b[index]!;
  return difference === 0;
}

/** A short public name of a vault key (not the key: a one-way hash), to tell which key sealed a copy. */
export async function keyId(vaultKey: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', concatBytes(encode('omamori/key-id/v1'), vaultKey));
  return Array.from(new Uint8Array(digest).slice(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
