import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './table';

const CONTENT_SCRIPT = new URL('../../.output/chrome-mv3/content-scripts/fill.js', import.meta.url);
const BUDGET_BYTES = 15 * 1024;

export function contentScriptSize(): BenchRow[] {
  const code = readFileSync(CONTENT_SCRIPT);
  return [
    {
      what: 'content script, minified',
      measured: `${(code.length / 1024).toFixed(1)} KB (${(gzipSync(code).length / 1024).toFixed(1)} KB gzip)`,
      budget: '≤ 15 KB',
      withinBudget: code.length <= BUDGET_BYTES,
    },
  ];
}
