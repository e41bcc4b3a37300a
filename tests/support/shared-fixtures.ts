import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * ../shared/fixtures beside the checkout (or $OMAMORI_SHARED_FIXTURES): real test data,
 * read in place, never copied into the repository.
 */
export const SHARED_FIXTURES =
  process.env.OMAMORI_SHARED_FIXTURES?.replace(/\/?$/, '/') ??
  fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));

export function readSharedFixture(path: string): string {
  const file = `${SHARED_FIXTURES}${path}`;
  if (!existsSync(file))
    throw new Error(
      `shared fixture missing: ${file} (the checkout needs ../shared beside it, or OMAMORI_SHARED_FIXTURES set to that folder)`,
    );
  return readFileSync(file, 'utf8');
}

export interface ExpectedEntry {
  type: 'totp' | 'hotp' | 'steam';
  secret: string;
  algorithm: 'SHA1' | 'SHA256' | 'SHA512';
  digits: number;
  period?: number;
  counter?: number;
  label: string;
  issuer: string;
}

export function expectedImportEntries(): ExpectedEntry[] {
  return JSON.parse(readSharedFixture('imports/expected.json')).entries;
}
