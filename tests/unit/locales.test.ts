import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

const LOCALES_DIR = new URL('../../public/_locales/', import.meta.url);
const locales = readdirSync(LOCALES_DIR);
const load = (locale: string): Messages =>
  JSON.parse(readFileSync(new URL(`${locale}/messages.json`, LOCALES_DIR), 'utf8'));
const english = load('en');

describe('locales', () => {
  it('are English and Japanese', () => {
    expect(locales.sort()).toEqual(['en', 'ja']);
  });

  it.each(locales)('%s has every key English has, and no other', (locale) => {
    expect(Object.keys(load(locale)).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(locales)('%s messages are non-empty with the same placeholders as English', (locale) => {
    for (const [key, entry] of Object.entries(load(locale))) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(Object.keys(entry.placeholders ?? {}), key).toEqual(Object.keys(english[key]?.placeholders ?? {}));
    }
  });

  it('Japanese is actually translated', () => {
    const japanese = load('ja');
    const properNouns = new Set(['brandName', 'typeSteam']);
    const untranslated = Object.keys(english).filter(
      (key) => !properNouns.has(key) && japanese[key]?.message === english[key]?.message,
    );
    expect(untranslated).toEqual([]);
  });

  it('has no message the code never uses', () => {
    const sources = sourceFiles(new URL('../../', import.meta.url), [
      'components',
      'entrypoints',
      'utils',
      'tools/open-backup/src',
    ])
      .concat(fileURLToPath(new URL('../../wxt.config.ts', import.meta.url)))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = Object.keys(english).filter(
      (key) => !sources.includes(`'${key}'`) && !sources.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });

  it('fits the store limits (name ≤ 75, description ≤ 132 characters)', () => {
    for (const locale of locales) {
      const messages = load(locale);
      expect(messages.extName?.message.length).toBeLessThanOrEqual(75);
      expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
    }
  });
});

function sourceFiles(root: URL, folders: string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(fileURLToPath(new URL(folder, root)), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|tsx)$/.test(file) && !file.includes('__tests__'))
      .map((file) => join(fileURLToPath(new URL(folder, root)), file)),
  );
}
