import { launchExtension } from '../support/browsers';
import { sendFromPage } from '../support/messages';
import { qrPageUrl } from '../support/scan';
import { median } from './stats';
import type { BenchRow } from './table';

const RUNS = 7;
const SETUP_URI = 'otpauth://totp/bitFlyer:taro%40example.jp?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=bitFlyer';

/**
 * Chromium at device pixel ratio 2: "Scan QR" end to end in the background (capture the
 * tab, decode with ZXing, read the codes), and jsQR decoding the same capture for the ratio.
 */
export async function scanSpeed(width: number, height: number, budgetMs?: number): Promise<BenchRow[]> {
  const harness = await launchExtension('chromium', { deviceScaleFactor: 2, viewport: { width, height } });
  try {
    const control = await harness.openExtensionPage('options.html');
    await sendFromPage(control, 'createVault', { password: 'bench password 2026' });
    const { page, tabId } = await harness.openTab(qrPageUrl('bitflyer.com', 'img', [SETUP_URI]));
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)), undefined);

    const scans: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      // Chrome allows two captures a second; don't measure its quota.
      await new Promise((resolve) => setTimeout(resolve, 600));
      const started = performance.now();
      const result = await sendFromPage(control, 'scanTab', { tabId });
      scans.push(performance.now() - started);
      if (!result.ok || result.value.codes.length !== 1)
        throw new Error(`scan found no code: ${JSON.stringify(result)}`);
    }

    const capture = await control.evaluate(async (id) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      return api.tabs.captureVisibleTab((await api.tabs.get(id)).windowId, { format: 'png' });
    }, tabId);
    const jsqr = await page.evaluate(
      async ({ capture, runs }) => {
        await new Promise((resolve, reject) => {
          const script = document.createElement('script');
          script.src = '/node_modules/jsqr/dist/jsQR.js';
          script.onload = resolve;
          script.onerror = reject;
          document.head.append(script);
        });
        const bitmap = await createImageBitmap(await (await fetch(capture)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height);
        const decode = (
          globalThis as unknown as { jsQR: (data: Uint8ClampedArray, w: number, h: number, o: object) => unknown }
        ).jsQR;
        const times: number[] = [];
        for (let run = 0; run < runs; run += 1) {
          const started = performance.now();
          // jsQR's options leak into a shared default: always pass them.
          if (!decode(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'attemptBoth' }))
            throw new Error('jsQR found nothing');
          times.push(performance.now() - started);
        }
        return { times, size: `${bitmap.width}×${bitmap.height}` };
      },
      { capture, runs: 3 },
    );

    const scan = median(scans);
    const label = `${width}×${height} @2x (${jsqr.size})`;
    return [
      {
        what: `scan: capture + ZXing decode + read, ${label}, median of ${RUNS}`,
        measured: `${scan.toFixed(0)} ms`,
        budget: budgetMs ? `≤ ${budgetMs} ms` : '—',
        withinBudget: budgetMs === undefined || scan <= budgetMs,
      },
      {
        what: `  jsQR decode alone of the same capture (for the ratio)`,
        measured: `${median(jsqr.times).toFixed(0)} ms`,
        budget: '—',
        withinBudget: true,
      },
    ];
  } finally {
    await harness.close();
  }
}
