import { OtpError } from '../../otp/errors';
import { FormatError } from '../errors';
import { decodeMigrationUri } from '../google-migration';
import { matchingLines } from './otpauth-list';
import { entryName, failedEntry, type ImportEntry, type Importer } from './importer';

const MIGRATION_LINE = /^otpauth-migration:\/\//i;

/**
 * Google Authenticator export URIs (`otpauth-migration://`), one batch per line. A line
 * that does not decode is one failed entry; an account a line cannot give is another.
 */
export const googleMigrationImporter = {
  id: 'google-migration',
  name: 'formatGoogleMigration',
  detect: (file) => matchingLines(file, MIGRATION_LINE).length > 0,
  isEncrypted: () => false,
  entries: async (file) => matchingLines(file, MIGRATION_LINE).flatMap(migrationEntries),
} as const satisfies Importer;

function migrationEntries(line: string, index: number): ImportEntry[] {
  let batch: ReturnType<typeof decodeMigrationUri>;
  try {
    batch = decodeMigrationUri(line);
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    return [failedEntry(`otpauth-migration #${index + 1}`, error)];
  }
  return [
    ...batch.accounts.map((account) => ({ name: entryName(account.issuer, account.label), decode: () => account })),
    ...batch.failed.map(({ name, reason }) => failedEntry(name, new OtpError(reason))),
  ];
}
