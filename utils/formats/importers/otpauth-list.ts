import { parseOtpauthUri } from '../../otp/uri';
import { entryName, type ImportEntry, type Importer, type ImportFile } from './importer';

/** The lines of a text file that start as `prefix` says, trimmed. */
export const matchingLines = (file: ImportFile, prefix: RegExp): string[] =>
  file.text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => prefix.test(line));

/** How a report names a URI entry: its issuer and label, never its secret. */
export function uriName(uri: string): string {
  if (/^steam:\/\//i.test(uri.trim())) return 'Steam';
  try {
    const url = new URL(uri.trim());
    const path = decodeURIComponent(url.pathname.replace(/^\/+/, ''));
    const colon = path.indexOf(':');
    const issuer = url.searchParams.get('issuer') || (colon >= 0 ? path.slice(0, colon) : '');
    return entryName(issuer, colon >= 0 ? path.slice(colon + 1) : path);
  } catch {
    return entryName(uri.replace(/secret=[^&]*/gi, 'secret=…').slice(0, 60));
  }
}

export const uriEntry = (uri: string): ImportEntry => ({ name: uriName(uri), decode: () => parseOtpauthUri(uri) });

const URI_LINE = /^(otpauth|steam):\/\//i;

/** Plain `otpauth://` lists, one URI per line (many apps' "plain text" export). */
export const otpauthListImporter = {
  id: 'otpauth-list',
  name: 'formatOtpauthList',
  detect: (file) => matchingLines(file, URI_LINE).length > 0,
  isEncrypted: () => false,
  entries: async (file) => matchingLines(file, URI_LINE).map(uriEntry),
} as const satisfies Importer;
