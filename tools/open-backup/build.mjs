// Builds the opener from the extension's own modules, both ways:
//   dist/open-backup.mjs      the command (Node 20, no dependencies: everything bundled)
//   ../../public/open-backup.html  the offline page (one file: script, styles and the
//                             Argon2 WebAssembly inline), which the extension also writes
//                             into Downloads/Omamori.
// Both are committed, so a fresh clone (or a downloaded copy) opens a backup without
// `npm ci`; tests/unit/open-backup-build.test.ts fails when they differ from a fresh build.
// Run: npm run build:opener
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
export const OUTPUTS = {
  cli: join(here, 'dist/open-backup.mjs'),
  page: join(here, '../../public/open-backup.html'),
};

const common = {
  configFile: false,
  root: here,
  logLevel: 'warn',
  // The locale files' keys as named exports, so only the opener's strings are bundled.
  json: { namedExports: true, stringify: false },
};

async function bundle(config) {
  const result = await build({ ...common, ...config });
  const outputs = Array.isArray(result) ? result : [result];
  const chunks = outputs.flatMap((output) => output.output).filter((item) => item.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`expected one chunk, got ${chunks.length}`);
  return chunks[0].code;
}

/** The command: readable (unminified), so anyone can read what opens their secrets. */
export async function buildCli() {
  const code = await bundle({
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: join(here, 'src/main.ts'),
      write: false,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { format: 'es', codeSplitting: false } },
    },
  });
  return `#!/usr/bin/env node\n${code}`;
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The page: one file whose policy allows its own script and style, and nothing else at all. */
export async function buildPage() {
  const script = (
    await bundle({
      build: {
        write: false,
        target: ['chrome111', 'firefox115', 'safari16'],
        minify: true,
        lib: { entry: join(here, 'src/page/main.ts'), formats: ['iife'], name: 'omamoriOpener' },
      },
    })
  )
    // Inside an inline script, "</script" would end it early.
    .replaceAll('</script', '<\\/script')
    .trim();
  const style = (await readFile(join(here, 'src/page/style.css'), 'utf8')).trim();
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(style)}`,
    "img-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  const template = await readFile(join(here, 'src/page/index.html'), 'utf8');
  // The elements are written here, not in the template, so their text is exactly what was hashed.
  return template
    .replace('%CSP%', csp)
    .replace('<!-- style -->', () => `<style>${style}</style>`)
    .replace('<!-- script -->', () => `<script>${script}</script>`);
}

export async function buildAll() {
  return { cli: await buildCli(), page: await buildPage() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const built = await buildAll();
  await mkdir(dirname(OUTPUTS.cli), { recursive: true });
  await writeFile(OUTPUTS.cli, built.cli, { mode: 0o755 });
  await writeFile(OUTPUTS.page, built.page);
  for (const [name, text] of Object.entries(built)) console.log(`${name}: ${(text.length / 1024).toFixed(0)} KB`);
}
