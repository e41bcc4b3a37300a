import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { createRequire } from 'node:module';
import { ZXING_WASM_FILE } from './utils/qr/decode';
import { exchangeMatchPatterns } from './utils/sites/exchanges';

// The QR decoder's WebAssembly, shipped with the extension (never loaded from a CDN).
const zxingWasmPath = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');

/**
 * Two dead branches in libraries, rewritten at build time so no shipped code writes HTML or
 * evaluates a string (web-ext lint: 0 warnings; the pages' CSP would refuse eval anyway):
 * Preact writes `innerHTML` only for `dangerouslySetInnerHTML`, which Omamori never uses
 * (ESLint forbids it), and kdbxweb's bundler looks for the global object through
 * `new Function` only where `globalThis` is missing.
 */
const LIBRARY_REWRITES: readonly { file: RegExp; from: RegExp; to: string }[] = [
  { file: /node_modules\/preact\/dist\//, from: /\b(\w+)\.innerHTML=(?!=)/g, to: '$1.textContent=' },
  { file: /node_modules\/kdbxweb\/dist\//, from: /new Function\('return this'\)\(\)/g, to: 'globalThis' },
];

function libraryRewrites(): Plugin {
  return {
    name: 'omamori:library-rewrites',
    transform: (code, id) => {
      const rewrites = LIBRARY_REWRITES.filter(({ file }) => file.test(id));
      return rewrites.length ? rewrites.reduce((text, { from, to }) => text.replace(from, to), code) : undefined;
    },
  };
}

const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

export default defineConfig({
  // Explicit imports only: no export becomes a global, so every module's reach is visible
  // (tests/unit/boundaries.test.ts keeps the content script away from vault code).
  imports: false,
  vite: () => ({ plugins: [preact(), libraryRewrites()] }),
  hooks: {
    'build:publicAssets': (_, files) => {
      files.push({ absoluteSrc: zxingWasmPath, relativeDest: ZXING_WASM_FILE });
    },
  },
  manifest: ({ manifestVersion, mode }) => ({
    name: '__MSG_extName__',
    short_name: 'Omamori',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // webRequest only observes the Date header of exchange pages (clock check); it adds no install warning.
    // offscreen (Chromium): the QR reader document, see utils/qr/remote.ts; no install warning.
    permissions: [
      'storage',
      'alarms',
      'idle',
      'contextMenus',
      'scripting',
      'activeTab',
      'downloads',
      'webRequest',
      ...(manifestVersion === 3 ? ['offscreen'] : []),
    ],
    // The exchanges the content script runs on anyway: lets the background read those tabs'
    // URLs to decide where a code may go. Other sites are reached through activeTab only.
    // The e2e build alone adds <all_urls>: captureVisibleTab needs it or activeTab, and
    // automation cannot click the toolbar button that grants activeTab.
    host_permissions: [...exchangeMatchPatterns(), ...(mode === 'e2e' ? ['<all_urls>'] : [])],
    // The person's WebDAV server, asked for when they set it up: exactly that host, then.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*'] }
      : { optional_permissions: ['https://*/*'] }),
    commands: {
      'fill-code': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_commandFill__' },
      'scan-qr': { suggested_key: { default: 'Alt+Shift+Q' }, description: '__MSG_commandScan__' },
    },
    // No web_accessible_resources: no page of Omamori's can be framed by a web page (a
    // waiting fill is finished in a window of its own, see utils/background/pending-fills.ts).
    // Argon2id runs as WebAssembly; nothing else is evaluated, nothing is loaded remotely.
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : (EXTENSION_PAGES_CSP as never),
    action: { default_title: '__MSG_extName__' },
    browser_specific_settings: {
      gecko: {
        // A fixed add-on id: Firefox needs one; storage and the e2e harness key on it.
        id: 'omamori@omamori.app',
        strict_min_version: '142.0',
        // Omamori collects nothing; Firefox asks add-ons to declare it.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
