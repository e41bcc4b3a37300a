import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './table';

const OUTPUT = new URL('../../.output/chrome-mv3/', import.meta.url);
const CONTENT_SCRIPT_BUDGET = 15 * 1024;
/** Today's size with a little room: a screen creeping into the first script shows here. */
const POPUP_FIRST_JS_BUDGET = 40 * 1024;

const kilobytes = (code: Buffer) =>
  `${(code.length / 1024).toFixed(1)} KB (${(gzipSync(code).length / 1024).toFixed(1)} KB gzip)`;

/** Every script popup.html names (its classic script, its module, the modules it preloads). */
function popupFirstScripts(): Buffer {
  const html = readFileSync(new URL('popup.html', OUTPUT), 'utf8');
  const paths = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/([^"]+)"/g)];
  return Buffer.concat(paths.map(([, path]) => readFileSync(new URL(path!, OUTPUT))));
}

export function scriptSizes(): BenchRow[] {
  const contentScript = readFileSync(new URL('content-scripts/fill.js', OUTPUT));
  const popup = popupFirstScripts();
  return [
    {
      what: 'content script, minified',
      measured: kilobytes(contentScript),
      goal: '≤ 15 KB',
      ok: contentScript.length <= CONTENT_SCRIPT_BUDGET,
    },
    {
      what: "popup's first JavaScript (all popup.html loads before the codes show)",
      measured: kilobytes(popup),
      goal: '≤ 40 KB',
      ok: popup.length <= POPUP_FIRST_JS_BUDGET,
    },
  ];
}
