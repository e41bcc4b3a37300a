import type { AccountData } from '../../otp/account';
import type { ImportKdfs } from './crypto';

/** An export file as read from disk: its text (when it is text) and its bytes. */
export interface ImportFile {
  readonly name: string;
  readonly text: string;
  readonly bytes: Uint8Array;
}

/** One entry of an export: decoded on its own, so one bad entry fails alone. */
export interface ImportEntry {
  readonly name: string;
  /** The entry's account (passing validateAccount), or an OtpError / FormatError. */
  readonly decode: () => AccountData;
}

/**
 * One source app's export format (as Aegis organises its importers): recognise a file,
 * say whether it needs a password, and list its entries. Throws only FormatError for the
 * file as a whole (wrong password, corrupt, unsupported KDF costs).
 */
export interface Importer {
  readonly id: ImportFormat;
  detect(file: ImportFile): boolean;
  isEncrypted(file: ImportFile): boolean;
  entries(file: ImportFile, password: string | undefined, kdfs: ImportKdfs): Promise<ImportEntry[]>;
}

export type ImportFormat =
  | 'aegis'
  | '2fas'
  | 'andotp'
  | 'bitwarden'
  | 'ente'
  | 'otpauth-list'
  | 'google-migration'
  | 'authenticator-extension';

/** JSON, or undefined; never throws (V8's parser is not recursive: deep nesting parses). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A field as text for names and loosely typed values: strings and numbers only. Never
 * `String(value)` of a list or object (a deeply nested one overflows the stack).
 */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

const MAX_NAME_LENGTH = 80;

/** How a report names an entry: its non-empty text parts, shortened; never a secret. */
export function entryName(...parts: unknown[]): string {
  const name = parts.flatMap((part) => textOf(part)?.trim() || []).join(' / ') || '?';
  return name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH - 1)}…` : name;
}

/**
 * Base64 text as bytes, or null for anything else (atob's DOMException stays here). A
 * plain loop: Uint8Array.from with a callback costs a second on a 16 MiB file.
 */
export function base64Bytes(value: unknown): Uint8Array | null {
  if (typeof value !== 'string') return null;
  let binary: string;
  try {
    binary = atob(value);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Hex text as bytes, or null when it is not whole bytes of hex. */
export function hexBytes(value: unknown): Uint8Array | null {
  if (typeof value !== 'string' || !/^(?:[0-9a-fA-F]{2})*$/.test(value)) return null;
  return Uint8Array.from(value.match(/../g) ?? [], (byte) => parseInt(byte, 16));
}
