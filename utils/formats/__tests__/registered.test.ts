import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '@/tests/support/fixture-files';
import { EXPORTERS, type ExportFormat } from '../exporters/registry';
import { detectImporter, IMPORTERS } from '../import';
import * as writers from './fixtures/writers';

// What proves each registered format, checked against the registries: a new importer or
// exporter without a fixture, an expected list and a test that names it fails here (and,
// as the tables are keyed by the registries' ids, does not compile).

type ImporterId = (typeof IMPORTERS)[number]['id'];
type TestFile = 'formats.test.ts' | 'import.test.ts' | 'real-exports.test.ts' | 'exporters.test.ts';

/**
 * `file`: under tests/fixtures/imports; `writer`: a function of ./fixtures/writers.ts,
 * written from the app's documentation. Either decodes to accounts of expected.json.
 * `refused`: a file no export reaches, recognised and answered with this advice.
 */
type ImporterProof = { test: TestFile } & ({ file: string } | { writer: keyof typeof writers } | { refused: string });

const IMPORTER_PROOFS: Record<ImporterId, ImporterProof> = {
  keepass: { writer: 'keepassDatabase', test: 'formats.test.ts' },
  freeotp: { file: 'freeotp_v2_api34.xml', test: 'formats.test.ts' },
  stratum: { file: 'stratum_plain.json', test: 'formats.test.ts' },
  'google-authenticator-database': { refused: 'adviceGoogleAuthenticator', test: 'formats.test.ts' },
  'microsoft-authenticator': { refused: 'adviceMicrosoftAuthenticator', test: 'formats.test.ts' },
  authy: { refused: 'adviceAuthy', test: 'formats.test.ts' },
  'proton-pass': { writer: 'protonPass', test: 'formats.test.ts' },
  aegis: { file: 'aegis_plain.json', test: 'import.test.ts' },
  '2fas': { file: '2fas_authenticator_plain_v4.2fas', test: 'import.test.ts' },
  bitwarden: { file: 'bitwarden.json', test: 'import.test.ts' },
  'bitwarden-csv': { writer: 'bitwardenCsv', test: 'formats.test.ts' },
  'proton-authenticator': { file: 'proton_authenticator.json', test: 'real-exports.test.ts' },
  'freeotp-plus': { writer: 'freeotpPlus', test: 'formats.test.ts' },
  steam: { writer: 'maFile', test: 'formats.test.ts' },
  andotp: { file: 'andotp_plain.json', test: 'import.test.ts' },
  'authenticator-extension': { writer: 'authenticatorExtensionV3', test: 'formats.test.ts' },
  'google-migration': { file: 'google_migration.txt', test: 'import.test.ts' },
  ente: { file: 'ente_auth.txt', test: 'import.test.ts' },
  'totp-authenticator': { file: 'totp_authenticator.bin', test: 'formats.test.ts' },
  'otpauth-list': { file: 'plain.txt', test: 'import.test.ts' },
};

/** Each exporter's test in exporters.test.ts: its file read back by the importers, equal to the accounts written. */
const EXPORTER_TESTS: Record<ExportFormat, string> = {
  'aegis-encrypted': 'Aegis encrypted (scrypt N=2^15, AES-GCM), with its password only',
  'aegis-plain': 'Aegis plain',
  'otpauth-list': 'otpauth:// list',
};

const testSource = (name: TestFile) => readFileSync(new URL(name, import.meta.url), 'utf8');

describe('every registered format is proven', () => {
  it('has one proof per importer in the registry, and none for an importer that is gone', () => {
    expect(Object.keys(IMPORTER_PROOFS).sort()).toEqual(IMPORTERS.map((importer) => importer.id).sort());
  });

  it.each(Object.entries(IMPORTER_PROOFS))(
    '%s: a fixture, the expected accounts and a test naming both',
    (id, proof) => {
      const source = testSource(proof.test);
      if ('refused' in proof) {
        expect(source).toContain(`'${proof.refused}'`);
        expect(IMPORTERS.find((importer) => importer.id === id)).toMatchObject({ advice: proof.refused });
        return;
      }
      // Compared account by account with tests/fixtures/imports/expected.json.
      expect(source).toContain('expectedImportEntries()');
      if ('writer' in proof) {
        expect(typeof writers[proof.writer]).toBe('function');
        expect(source).toMatch(new RegExp(`\\b${proof.writer}\\(`));
        return;
      }
      const path = `${FIXTURES}imports/${proof.file}`;
      expect(existsSync(path), path).toBe(true);
      expect(source).toContain(`'${proof.file}'`);
      // The file is that app's: the registry picks this importer for it.
      const bytes = new Uint8Array(readFileSync(path));
      expect(detectImporter({ name: proof.file, bytes, text: new TextDecoder().decode(bytes) }).id).toBe(id);
    },
  );

  it('has one read-back test per exporter in the registry', () => {
    expect(Object.keys(EXPORTER_TESTS).sort()).toEqual(EXPORTERS.map((exporter) => exporter.id).sort());
    const source = testSource('exporters.test.ts');
    for (const title of Object.values(EXPORTER_TESTS)) expect(source, title).toContain(`it('${title}'`);
  });
});
