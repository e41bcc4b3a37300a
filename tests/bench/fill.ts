import { type BrowserKind, type TestPage } from '../support/browsers';
import { fillButtonCenter } from '../support/fill';
import { fixtureUrl } from '../support/fixtures';
import { BENCH_PASSWORD, median } from './stats';
import { browserName, timeRow, type BenchRow } from './table';
import { addAccount, launchWithVault } from '../support/vault-state';

const AWAKE_RUNS = 15;
const COLD_RUNS = 5;

/**
 * A real click on the fill button → the code's input event in the page. Chromium also with
 * its service worker stopped (as after 30 s idle); Firefox keeps its background page.
 */
export async function fillLatency(kind: BrowserKind): Promise<BenchRow[]> {
  const name = browserName(kind);
  const { harness, control } = await launchWithVault(kind, BENCH_PASSWORD);
  try {
    await addAccount(control, { secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'bitFlyer' });
    const { page } = await harness.openTab(fixtureUrl('lightning.bitflyer.com', '/Home/TwoFactorAuth'));

    const awake: number[] = [];
    for (let run = 0; run < AWAKE_RUNS; run += 1) awake.push(await timeOneFill(page));
    const rows = [
      timeRow(`fill click → code in the field, background awake (${name}, median of ${AWAKE_RUNS})`, median(awake), 30),
    ];
    if (kind === 'chromium') {
      const cold: number[] = [];
      for (let run = 0; run < COLD_RUNS; run += 1) {
        await harness.stopServiceWorker();
        cold.push(await timeOneFill(page));
      }
      rows.push(
        timeRow(`fill click → code in the field, worker stopped (Chromium, median of ${COLD_RUNS})`, median(cold), 150),
      );
    }
    return rows;
  } finally {
    await harness.close();
  }
}

async function timeOneFill(page: TestPage): Promise<number> {
  await page.evaluate(() => {
    const field = document.querySelector<HTMLInputElement>('#ConfirmationCode')!;
    field.value = '';
    const times = ((globalThis as { fillTimes?: number[] }).fillTimes = [] as number[]);
    addEventListener('click', () => times.push(performance.now()), { capture: true, once: true });
    field.addEventListener('input', () => times.push(performance.now()), { once: true });
  }, undefined);
  const { x, y } = await fillButtonCenter(page);
  await page.clickAt(x, y);
  for (;;) {
    const times = await page.evaluate(() => (globalThis as { fillTimes?: number[] }).fillTimes ?? [], undefined);
    if (times.length === 2) return times[1]! - times[0]!;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
