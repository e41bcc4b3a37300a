// `npm run bench`: speed and size of the production build against the budgets in the
// design, printed as one table. Run through vitest only to share the e2e harness (fixture
// server, TypeScript); it measures, it does not judge: rows over budget say NO.
import { it } from 'vitest';
import { fillLatency } from './fill';
import { popupAndUnlock } from './popup';
import { scanSpeed } from './scan';
import { contentScriptSize } from './size';
import { syncCopySize } from './sync';
import { formatTable, type BenchRow } from './table';

it('measures Omamori against its budgets', async () => {
  const rows: BenchRow[] = [
    ...(await popupAndUnlock()),
    ...(await fillLatency()),
    ...(await scanSpeed(1280, 800, 100)),
    ...(await scanSpeed(1920, 1080)),
    ...contentScriptSize(),
    ...(await syncCopySize()),
  ];
  console.log(`\n${formatTable(rows)}\n`);
});
