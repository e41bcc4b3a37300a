import { FormatError } from '../errors';
import { parseCsv } from '../csv';
import { totpEntry } from './bitwarden';
import type { Importer, ImportFile } from './importer';

const TOTP_COLUMN = 'login_totp';

const table = (file: ImportFile) => {
  const firstLine = file.text.slice(0, 2000).split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.split(',').some((column) => column.trim().replace(/^"|"$/g, '') === TOTP_COLUMN)) return undefined;
  return parseCsv(file.text) ?? undefined;
};

/**
 * Bitwarden's CSV export (bitwarden.com/help/condition-bitwarden-import/): a header row
 * `folder,favorite,type,name,notes,fields,reminder,login_uri,login_username,
 * login_password,login_totp`, `login_totp` an otpauth URI, a bare secret or `steam://`.
 */
export const bitwardenCsvImporter = {
  id: 'bitwarden-csv',
  name: 'formatBitwardenCsv',
  detect: (file) => table(file) !== undefined,
  isEncrypted: () => false,
  async entries(file) {
    const rows = table(file);
    if (!rows || rows.length === 0) throw new FormatError('unknown-format');
    const header = rows[0]!.map((column) => column.trim());
    const column = (name: string) => header.indexOf(name);
    const [totp, name, username] = [column(TOTP_COLUMN), column('name'), column('login_username')];
    return rows.slice(1).flatMap((row) => {
      const value = row[totp]?.trim();
      return value ? [totpEntry(value, row[name] ?? '', row[username] ?? '')] : [];
    });
  },
} as const satisfies Importer;
