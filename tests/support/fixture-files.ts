import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** tests/fixtures: the repository's own test data (sources and licences in SOURCES.md). */
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function readFixture(path: string): string {
  const file = `${FIXTURES}${path}`;
  if (!existsSync(file)) throw new Error(`fixture missing: ${file}`);
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
  return JSON.parse(readFixture('imports/expected.json')).entries;
}
