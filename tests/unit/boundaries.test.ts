import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const IMPORT = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;
// `import('./x')` loads at run time too (the popup's lazy screens); `typeof import(…)` is a type.
const DYNAMIC_IMPORT = /(?<![\w$.]|typeof\s+)import\(\s*['"]([^'"]+)['"]\s*\)/g;
const ANY_DYNAMIC_IMPORT = /(?<![\w$.])import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The project file `specifier` names from `file`, if it is one of ours (not a package). */
function resolveImport(file: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? join(ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(file), specifier)
      : null;
  if (base === null) return undefined;
  return ['.ts', '.tsx', '/index.ts', '']
    .map((ending) => base + ending)
    .find((path) => existsSync(path) && !path.endsWith('/'));
}

/** A module's own files it imports at run time, statically or not (type-only imports vanish in the build). */
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [
    ...[...source.matchAll(IMPORT)].filter((match) => !match[2]).map((match) => match[3] ?? match[4]!),
    ...[...source.matchAll(DYNAMIC_IMPORT)].map((match) => match[1]!),
  ];
  return specifiers.map((specifier) => resolveImport(file, specifier)).filter((path) => path !== undefined);
}

/** Every own file a module names: static, type-only, re-exported, `import()` and `typeof import()`. */
function allImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [
    ...[...source.matchAll(IMPORT)].map((match) => match[3] ?? match[4]!),
    ...[...source.matchAll(ANY_DYNAMIC_IMPORT)].map((match) => match[1]!),
  ];
  return specifiers.map((specifier) => resolveImport(file, specifier)).filter((path) => path !== undefined);
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

/**
 * The layering, lowest first (docs/architecture.md, "Layers"). A file imports only its own
 * module and the modules of lower layers: never a higher layer, nor another module of its
 * own layer. Every import counts, type-only, re-exported and `import()` included: a type
 * that points upwards is a cycle waiting for its first run-time use.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['public/'],
  ['utils/encoding.ts', 'utils/dom.ts', 'utils/tabs.ts', 'utils/preference.ts', 'utils/i18n/'],
  ['utils/sites/'],
  ['utils/otp/'],
  ['utils/vault/'],
  ['utils/formats/', 'utils/passwords/', 'utils/webauthn/'],
  ['utils/kdf/', 'utils/qr/'],
  ['utils/backup/'],
  ['utils/settings.ts'],
  ['utils/messaging/'],
  ['utils/background/', 'utils/autofill/'],
  ['components/'],
  ['entrypoints/'],
];

/** The layer and module (a folder or a file of `LAYERS`) a file belongs to. */
function placeOf(path: string): { layer: number; module: string } | undefined {
  for (const [layer, modules] of LAYERS.entries()) {
    const module = modules.find((prefix) => path === prefix || (prefix.endsWith('/') && path.startsWith(prefix)));
    if (module !== undefined) return { layer, module };
  }
  return undefined;
}

/** Every non-test source file of the layered folders, from the repository root. */
function layeredSources(): string[] {
  return ['utils', 'components', 'entrypoints']
    .flatMap((folder) =>
      readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' }).map((path) => `${folder}/${path}`),
    )
    .filter((path) => /\.tsx?$/.test(path) && !/(^|\/)__tests__\/|\.test\.tsx?$/.test(path))
    .sort();
}

/** Each import against `LAYERS`, as "file → import: why". */
function layeringViolations(): string[] {
  const violations: string[] = [];
  for (const file of layeredSources()) {
    const from = placeOf(file);
    if (!from) {
      violations.push(`${file}: in no layer`);
      continue;
    }
    for (const target of allImports(join(ROOT, file)).map((path) => relative(ROOT, path))) {
      const to = placeOf(target);
      if (!to) violations.push(`${file} → ${target}: in no layer`);
      else if (to.layer > from.layer) violations.push(`${file} → ${target}: a higher layer`);
      else if (to.layer === from.layer && to.module !== from.module) violations.push(`${file} → ${target}: a peer`);
    }
  }
  return violations;
}

/** An import path (type-only included) from a file back to itself, if there is one anywhere. */
function anyCycle(files: readonly string[]): string[] | undefined {
  const done = new Set<string>();
  const path: string[] = [];
  const walk = (file: string): string[] | undefined => {
    const at = path.indexOf(file);
    if (at >= 0) return [...path.slice(at), file];
    if (done.has(file)) return undefined;
    path.push(file);
    for (const next of allImports(join(ROOT, file)).map((target) => relative(ROOT, target))) {
      const cycle = walk(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(file);
    return undefined;
  };
  for (const file of files) {
    const cycle = walk(file);
    if (cycle) return cycle;
  }
  return undefined;
}

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

describe('layers', () => {
  it('every import, type-only and import() included, goes to the own module or a lower layer', () => {
    expect(placeOf('utils/backup/format.ts')).toEqual({ layer: 7, module: 'utils/backup/' });
    expect(layeringViolations()).toEqual([]);
  });

  it('no import cycle, type-only imports included', () => {
    const files = layeredSources();
    expect(files).toContain('utils/messaging/protocol.ts');
    expect(anyCycle(files)).toBeUndefined();
  });
});
