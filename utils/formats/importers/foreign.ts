import { refusal, startsWith, type Importer, type ImportFile } from './importer';

/*
 * Files of apps that keep their secrets where no export reaches: recognised so the person
 * is told what the file is and how to move its accounts, instead of "unknown format".
 */
const SQLITE = 'SQLite format 3\u0000';

/** Text of the first bytes (a database's schema lives near its start), for a name search. */
const head = (file: ImportFile) => new TextDecoder('latin1').decode(file.bytes.subarray(0, 256 * 1024));

const isSqlite = (file: ImportFile) => startsWith(file.bytes, SQLITE);

/** Google Authenticator's own database (`databases/databases`: table `accounts` with `original_name`). */
export const googleAuthenticatorDatabase = {
  id: 'google-authenticator-database',
  name: 'formatGoogleAuthenticatorDatabase',
  advice: 'adviceGoogleAuthenticator',
  detect: (file) => isSqlite(file) && /CREATE TABLE accounts[\s\S]{0,400}original_name/.test(head(file)),
  isEncrypted: () => false,
  entries: async () => {
    throw refusal('google-authenticator-database', 'formatGoogleAuthenticatorDatabase', 'adviceGoogleAuthenticator');
  },
} as const satisfies Importer;

/** Microsoft Authenticator's database (`PhoneFactor`: accounts with `oath_secret_key`). */
export const microsoftAuthenticatorDatabase = {
  id: 'microsoft-authenticator',
  name: 'formatMicrosoftAuthenticator',
  advice: 'adviceMicrosoftAuthenticator',
  detect: (file) => isSqlite(file) && /oath_secret_key/.test(head(file)),
  isEncrypted: () => false,
  entries: async () => {
    throw refusal('microsoft-authenticator', 'formatMicrosoftAuthenticator', 'adviceMicrosoftAuthenticator');
  },
} as const satisfies Importer;

/** Authy's Android storage (`com.authy.storage.tokens.authenticator…` preferences). */
export const authyStorage = {
  id: 'authy',
  name: 'formatAuthy',
  advice: 'adviceAuthy',
  detect: (file) => /com\.authy\.storage\.tokens/.test(file.text.slice(0, 64 * 1024)),
  isEncrypted: () => false,
  entries: async () => {
    throw refusal('authy', 'formatAuthy', 'adviceAuthy');
  },
} as const satisfies Importer;
