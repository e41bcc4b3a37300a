import type { AccountData } from '../../otp/account';
import type { MessageKey } from '../../i18n';
import { FormatError } from '../errors';
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

// Where the protocol and the pages have always taken it from.
export type { ImportFormatName } from '../format-name';

/**
 * One source app's export format (as Aegis organises its importers): recognise a file,
 * say whether it is encrypted, and list its entries. `entries` throws only FormatError
 * for the file as a whole: `needs-password` when it needs one and none was given (or the
 * app's built-in one does not open it), `wrong-password`, `corrupt`, `unsupported-kdf`.
 */
export interface Importer<Id extends string = string> {
  readonly id: Id;
  /** The format's name (a product name, in the person's language). */
  readonly name: MessageKey;
  detect(file: ImportFile): boolean;
  isEncrypted(file: ImportFile): boolean;
  entries(file: ImportFile, password: string | undefined, kdfs: ImportKdfs): Promise<ImportEntry[]>;
  /** For a kind that is refused whole: how to move its accounts instead. */
  readonly advice?: MessageKey;
}

/** JSON, or undefined; never throws (V8's parser is not recursive: deep nesting parses). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const parsedFiles = new WeakMap<ImportFile, unknown>();

/**
 * The file read as JSON (undefined if it is not), parsed once: every importer's `detect`
 * and `entries` asks, and a large export is not parsed again by each of them.
 */
export function fileJson(file: ImportFile): unknown {
  if (!parsedFiles.has(file)) parsedFiles.set(file, parseJson(file.text));
  return parsedFiles.get(file);
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON object's own field; never the prototype's (`constructor`, `__proto__`). */
export const field = (record: Record<string, unknown>, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

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

/** An entry that fails with `error` whatever is asked of it (a line or item that did not parse). */
export const failedEntry = (name: string, error: Error): ImportEntry => ({
  name,
  decode: () => {
    throw error;
  },
});

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

/** A JSON list of signed or unsigned byte values (Java's `byte[]` as Gson writes it), or null. */
export function byteList(value: unknown, maxLength = 4096): Uint8Array | null {
  if (!Array.isArray(value) || value.length > maxLength) return null;
  const bytes = new Uint8Array(value.length);
  for (let index = 0; index < value.length; index += 1) {
    const byte: unknown = value[index];
    if (typeof byte !== 'number' || !Number.isInteger(byte) || byte < -128 || byte > 255) return null;
    bytes[index] = byte & 0xff;
  }
  return bytes;
}

/** The bytes as text when they are valid UTF-8, else null (binary files). */
export function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export const startsWith = (bytes: Uint8Array, prefix: readonly number[] | string): boolean => {
  const head = typeof prefix === 'string' ? Array.from(prefix, (char) => char.charCodeAt(0)) : prefix;
  return bytes.length >= head.length && head.every((byte, index) => bytes[index] === byte);
};

/**
 * A file Omamori recognises and cannot read (Authy's database, an account-restricted
 * Bitwarden export, …): refused whole, naming it and saying how to move its accounts.
 */
export function refusal(id: string, name: MessageKey, advice: MessageKey, encrypted = false): FormatError {
  const error = new FormatError('unknown-format', `${id}: not readable outside its app`);
  error.format = { id, name, encrypted, advice };
  return error;
}
