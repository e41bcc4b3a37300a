// `npm run bench`: speed and size of the production build against the goals in
// docs/architecture.md, printed as one table. Run through vitest only to share the e2e
// harness (fixture server, TypeScript); it measures, it does not judge: rows off goal say
// NO. Rows with a floor compare with it measured in the same run (a static page, the capture
// alone, the other browser), so they hold on a noisy machine.
import { it } from 'vitest';
import { fillLatency } from './fill';
import { popupSpeed } from './popup';
import { browsersCompared, scanSpeed } from './scan';
import { scriptSizes } from './size';
import { syncCopySize } from './sync';
import { formatTable, type BenchRow } from './table';
import { touchUnlockSpeed } from './touch-unlock';
import { unlockSpeed } from './unlock';

/** Device pixels 2560×1426 and 3840×1986 at ratio 2: a laptop's and a large screen's tab. */
const SCAN_VIEWPORTS = [
  [1280, 713],
  [1920, 993],
] as const;

it('measures Omamori against its goals', async () => {
  const rows: BenchRow[] = [...(await popupSpeed('chromium')), ...(await popupSpeed('firefox'))];
  for (const [width, height] of SCAN_VIEWPORTS) {
    const chromium = await scanSpeed('chromium', width, height);
    const firefox = await scanSpeed('firefox', width, height);
    rows.push(...chromium.rows, ...firefox.rows, browsersCompared(chromium, firefox));
  }
  rows.push(...(await fillLatency('chromium')), ...(await fillLatency('firefox')));
  rows.push(...(await unlockSpeed('chromium')), ...(await touchUnlockSpeed()), ...(await unlockSpeed('firefox')));
  rows.push(...scriptSizes(), ...(await syncCopySize()));
  console.log(`\n${formatTable(rows)}\n`);
});
