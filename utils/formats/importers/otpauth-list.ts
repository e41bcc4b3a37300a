import { parseOtpauthUri } from '../../otp/uri';
import { FormatError } from '../errors';
import { entryName, failedEntry, type ImportEntry, type Importer, type ImportFile } from './importer';

/** The lines of a text file that start as `prefix` says, trimmed. */
export const matchingLines = (file: ImportFile, prefix: RegExp): string[] =>
  file.text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => prefix.test(line));

/**
 * The URI with every `#` of its label written as %23. Apps write labels unencoded
 * (`otpauth://totp/Acme:me#2?secret=…`), and a URL parser would take everything from the
 * `#` on, secret included, for a fragment; otpauth URIs have no fragment of their own.
 */
export function repairedUri(uri: string): string {
  const query = uri.indexOf('?');
  if (query < 0) return uri;
  return uri.slice(0, query).replace(/#/g, '%23') + uri.slice(query);
}

/**
 * How a report names a URI entry: its issuer and label, never its secret or PIN. Read by
 * hand, not by URL: `motp://Acme:alice` would be a host and a bad port to a URL parser.
 */
export function uriName(uri: string): string {
  const text = repairedUri(uri.trim());
  if (/^steam:\/\//i.test(text)) return 'Steam';
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^?]*)(?:\?(.*))?$/i.exec(text);
  if (!match) return entryName('?');
  const rest = match[1] ?? '';
  const path = decoded(/^otpauth:/i.test(text) ? rest.slice(rest.indexOf('/') + 1) : rest);
  const colon = path.indexOf(':');
  const issuer = new URLSearchParams(match[2] ?? '').get('issuer') || (colon >= 0 ? path.slice(0, colon) : '');
  return entryName(issuer, colon >= 0 ? path.slice(colon + 1) : path);
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export const uriEntry = (uri: string): ImportEntry => ({
  name: uriName(uri),
  decode: () => parseOtpauthUri(repairedUri(uri)),
});

const URI_LINE = /^(otpauth|steam):\/\//i;
/** Kinds an Aegis plain-text export writes beside otpauth lines: mOTP and Yandex Key. */
const MOTP_LINE = /^motp:\/\//i;
const YANDEX_LINE = /^otpauth:\/\/yaotp\//i;

/**
 * One entry per line that is not blank: accounts from otpauth and Steam links; every other
 * line fails with its reason (mOTP and Yandex Key are not supported, anything else is no
 * account link), so the report names it instead of dropping it.
 */
function lineEntries(file: ImportFile): ImportEntry[] {
  return file.text.split(/\r?\n/).flatMap((raw, index): ImportEntry[] => {
    const line = raw.trim();
    if (line === '') return [];
    if (MOTP_LINE.test(line)) return [failedEntry(uriName(line), new FormatError('unsupported-motp'))];
    if (YANDEX_LINE.test(line)) return [failedEntry(uriName(line), new FormatError('unsupported-yandex'))];
    if (URI_LINE.test(line)) return [uriEntry(line)];
    // Named by its line number only: a line that is no link may be a bare secret.
    return [failedEntry(`#${index + 1}`, new FormatError('not-an-account-line'))];
  });
}

/** Plain `otpauth://` lists, one URI per line (many apps' "plain text" export). */
export const otpauthListImporter = {
  id: 'otpauth-list',
  name: 'formatOtpauthList',
  detect: (file) => matchingLines(file, URI_LINE).length > 0 || matchingLines(file, MOTP_LINE).length > 0,
  isEncrypted: () => false,
  entries: async (file) => lineEntries(file),
} as const satisfies Importer;
