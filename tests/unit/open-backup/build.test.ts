import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAll, OUTPUTS } from '../../../tools/open-backup/build.mjs';

// The opener's bundles are committed (a downloaded copy of the repository opens a backup
// with no install), so they must be what the sources build today.
describe('the committed opener bundles', () => {
  it('are what `npm run build:opener` makes of the sources now', async () => {
    const built = await buildAll();
    const stale = 'stale: run `npm run build:opener` and commit tools/open-backup/dist and public/open-backup.html';
    expect(readFileSync(OUTPUTS.cli, 'utf8') === built.cli, stale).toBe(true);
    expect(readFileSync(OUTPUTS.page, 'utf8') === built.page, stale).toBe(true);
  });

  it('leave nothing to fetch: the page has no URL to load and allows none', () => {
    const page = readFileSync(OUTPUTS.page, 'utf8');
    expect(page).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+' 'wasm-unsafe-eval'; style-src 'sha256-[^']+';/,
    );
    expect(page).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(page.match(/<script>/g)).toHaveLength(1);
  });

  it('allow exactly the page’s own script and style to run', () => {
    const page = readFileSync(OUTPUTS.page, 'utf8');
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const script = /<script>([\s\S]*)<\/script>/.exec(page)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
    expect(page).toContain(`script-src ${hash(script)} 'wasm-unsafe-eval'`);
    expect(page).toContain(`style-src ${hash(style)};`);
  });
});
