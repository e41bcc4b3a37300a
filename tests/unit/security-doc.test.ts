import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// docs/security.md says which test proves each promise; a renamed file or test must not
// leave a promise proved by nothing.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOC = readFileSync(join(ROOT, 'docs/security.md'), 'utf8');

const TEST_FILES = ['utils', 'components', 'tests', 'tools']
  .flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' }).map((path) => join(folder, path)),
  )
  .filter((path) => /\.(test|e2e)\.tsx?$/.test(path) && !path.includes('node_modules'));

/** Each `file.test.ts` › title cited in a table's last cell; several titles: `, ›`. */
function citations(): { file: string; titles: string[] }[] {
  return DOC.split('\n')
    .filter((line) => line.startsWith('|'))
    .flatMap((row) => {
      const proof = row.split('|').at(-2) ?? '';
      return [...proof.matchAll(/`([^`]+\.(?:test|e2e)\.tsx?)`((?:\s*,?\s*›\s*[^›;]+)*)/g)].map(([, file, rest]) => ({
        file: file!,
        titles: rest!
          .split('›')
          .map((title) => title.trim().replace(/,$/, '').trim())
          .filter(Boolean),
      }));
    });
}

// Quotes as typed in either place (’ or '); `…` in the document stands for words left out.
const plain = (text: string) => text.replace(/\\'/g, "'").replace(/’/g, "'");

/** A test in `source` called `title`, literally or through an it.each template (`%s`). */
function hasTest(source: string, title: string): boolean {
  const pieces = plain(title)
    .split('…')
    .map((piece) => piece.trim())
    .filter(Boolean);
  let at = 0;
  const literal = pieces.every((piece) => {
    const found = source.indexOf(piece, at);
    at = found + piece.length;
    return found >= 0;
  });
  if (literal) return true;
  const templates = [...source.matchAll(/\(\s*['"`]([^'"`]*%[sdi][^'"`]*)['"`]/g)].map(([, template]) => template!);
  return templates.some((template) =>
    new RegExp(
      `^${template
        .split(/%[sdi]/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.+')}$`,
    ).test(plain(title)),
  );
}

describe('docs/security.md', () => {
  const cited = citations();

  it('cites tests (the reading of the document found its citations)', () => {
    expect(cited.length).toBeGreaterThan(30);
    expect(cited.some(({ titles }) => titles.length > 1)).toBe(true);
  });

  it.each(cited.map(({ file, titles }) => [file, titles] as const))('%s › %j exists', (file, titles) => {
    const matches = TEST_FILES.filter((path) => path === file || path.endsWith(`/${file}`));
    expect(matches, `no test file ${file}`).not.toEqual([]);
    const sources = matches.map((path) => plain(readFileSync(join(ROOT, path), 'utf8')));
    for (const title of titles)
      expect(
        sources.some((source) => hasTest(source, title)),
        `${file} › ${title}`,
      ).toBe(true);
  });
});
