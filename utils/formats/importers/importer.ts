import type { AccountData } from '../../otp/account';

/** An export file as read from disk: its text (when it is text) and its bytes. */
export interface ImportFile {
  readonly name: string;
  readonly text: string;
  readonly bytes: Uint8Array;
}

/** One entry of an export: decoded on its own, so one bad entry fails alone. */
export interface ImportEntry {
  readonly name: string;
  readonly decode: () => AccountData;
}

/**
 * One source app's export format (as Aegis organises its importers): recognise a file,
 * say whether it needs a password, and list its entries. Throws FormatError for the file
 * as a whole (wrong password, corrupt).
 */
export interface Importer {
  readonly id: ImportFormat;
  detect(file: ImportFile): boolean;
  isEncrypted(file: ImportFile): boolean;
  entries(file: ImportFile, password?: string): Promise<ImportEntry[]>;
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

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
