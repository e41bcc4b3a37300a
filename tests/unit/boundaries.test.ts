import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const IMPORT = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;
// `import('./x')` loads at run time too (the popup's lazy screens); `typeof import(…)` is a type.
const DYNAMIC_IMPORT = /(?<![\w$.]|typeof\s+)import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** A module's own files it imports at run time, statically or not (type-only imports vanish in the build). */
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [
    ...[...source.matchAll(IMPORT)].filter((match) => !match[2]).map((match) => match[3] ?? match[4]!),
    ...[...source.matchAll(DYNAMIC_IMPORT)].map((match) => match[1]!),
  ];
  const found: string[] = [];
  for (const specifier of specifiers) {
    const base = specifier.startsWith('@/')
      ? join(ROOT, specifier.slice(2))
      : specifier.startsWith('.')
        ? resolve(dirname(file), specifier)
        : null;
    if (base === null) continue;
    const resolved = ['.ts', '.tsx', '/index.ts', '']
      .map((ending) => base + ending)
      .find((path) => existsSync(path) && !path.endsWith('/'));
    if (resolved) found.push(resolved);
  }
  return found;
}

/** Every project file `entry` reaches at run time, as paths from the repository root. */
function closure(entry: string): string[] {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    runtimeImports(file).forEach(walk);
  };
  walk(join(ROOT, entry));
  return [...seen].map((file) => relative(ROOT, file)).sort();
}

// Known, and to go: the options page lists the exporters from their registry, which brings
// the Aegis exporter and, by its import() of AES-GCM, utils/vault/crypto.ts (primitives, no
// key or row; the export itself runs in the background). Goes when the page reads the
// exporters' names apart from their code, or AES-GCM leaves utils/vault.
const KNOWN_REACH: Partial<Record<string, readonly string[]>> = {
  'entrypoints/options/main.tsx': ['utils/vault/crypto.ts'],
};

/** A run-time import path from `entry` back to itself, if there is one (depth first). */
function cycleFrom(entry: string, done: Set<string>): string[] | undefined {
  const path: string[] = [];
  const walk = (file: string): string[] | undefined => {
    const at = path.indexOf(file);
    if (at >= 0) return [...path.slice(at), file].map((step) => relative(ROOT, step));
    if (done.has(file)) return undefined;
    path.push(file);
    for (const next of runtimeImports(file)) {
      const cycle = walk(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(file);
    return undefined;
  };
  return walk(join(ROOT, entry));
}

describe('module boundaries', () => {
  it('keep the content script away from vault, OTP, format, QR and UI code (it runs in hostile pages)', () => {
    const reached = closure('entrypoints/fill.content.ts');
    expect(reached).toContain('utils/autofill/content.ts');
    expect(reached.filter((path) => /^(utils\/(vault|otp|formats|qr|background)|components)\//.test(path))).toEqual([]);
  });

  it('keep the KDF worker to the derivations and their bounds: no database, session, messaging or browser API', () => {
    expect(closure('entrypoints/kdf-worker.ts')).toEqual([
      'entrypoints/kdf-worker.ts',
      'utils/formats/bounds.ts',
      'utils/formats/errors.ts',
      'utils/formats/importers/crypto.ts',
      'utils/kdf/thread.ts',
      'utils/vault/crypto.ts',
      'utils/vault/errors.ts',
      'utils/vault/kdf.ts',
    ]);
  });

  it('keep the QR reader to reading images, and its document to passing channels on: no vault, messaging or browser API', () => {
    expect(closure('entrypoints/qr-reader/main.ts')).toEqual(['entrypoints/qr-reader/main.ts', 'utils/qr/channel.ts']);
    expect(closure('entrypoints/qr-worker.ts')).toEqual([
      'entrypoints/qr-worker.ts',
      'utils/qr/channel.ts',
      'utils/qr/decode.ts',
      'utils/qr/pixels.ts',
      'utils/qr/reader.ts',
    ]);
  });

  it('follow dynamic import(): the popup reaches the screens it loads lazily', () => {
    const reached = closure('entrypoints/popup/main.tsx');
    for (const screen of ['AddAccount', 'EditAccount', 'CreateVaultForm', 'SyncOffer', 'Welcome'])
      expect(reached).toContain(`components/${screen}.tsx`);
    expect(reached).toContain('components/popup/TrashScreen.tsx');
    expect(reached).toContain('components/popup/ScanScreen.tsx');
    expect(runtimeImports(join(ROOT, 'utils/formats/exporters/aegis.ts')).map((file) => relative(ROOT, file))).toEqual(
      expect.arrayContaining(['utils/vault/crypto.ts', 'utils/formats/importers/crypto.ts']),
    );
  });

  it('have no run-time import cycle from any entrypoint', () => {
    const done = new Set<string>();
    const entries = readdirSync(join(ROOT, 'entrypoints'), { recursive: true, encoding: 'utf8' })
      .filter((path) => /\.tsx?$/.test(path))
      .map((path) => `entrypoints/${path}`);
    expect(entries).toContain('entrypoints/background/index.ts');
    for (const entry of entries) expect(cycleFrom(entry, done), entry).toBeUndefined();
  });

  it('keep the pages away from the vault and the background (they only send messages)', () => {
    for (const page of [
      'entrypoints/popup/main.tsx',
      'entrypoints/options/main.tsx',
      'entrypoints/fill-window/main.tsx',
      'entrypoints/recovery/main.tsx',
    ]) {
      const reached = closure(page);
      expect(reached, page).toContain('utils/messaging/protocol.ts');
      expect(
        reached.filter((path) => /^utils\/(vault|background)\//.test(path) && !KNOWN_REACH[page]?.includes(path)),
        page,
      ).toEqual([]);
      // An exception that no longer holds goes from the list.
      for (const path of KNOWN_REACH[page] ?? []) expect(reached, page).toContain(path);
    }
  });
});
