import { type BrowserKind, type ExtensionHarness, type TestPage } from '../support/browsers';
import { captureOptions } from '../../utils/background/capture-options';
import { PopupPage } from '../support/pages/popup';
import { SCAN_RESULT, scanResultKind } from '../support/pages/scan-results';
import { openQrPage, qrPageUrl } from '../support/scan';
import { BENCH_PASSWORD, median } from './stats';
import { browserName, overheadRow, ratioRow, type BenchRow } from './table';
import { launchWithVault } from '../support/vault-state';

const RUNS = 7;
const SETUP_URI = 'otpauth://totp/bitFlyer:taro%40example.jp?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=bitFlyer';
/** Scan click → result: at most this much over the capture alone. */
const MAX_OVER_CAPTURE_MS = 40;
// Chrome allows two captures a second: runs are spaced so the bench never measures its quota.
const CAPTURE_QUOTA_GAP_MS = 600;

const CHROMIUM_FRAME_PX = 87;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ScanTimes {
  readonly size: string;
  readonly rows: BenchRow[];
  /** Median click → result with a QR on the page, for comparing browsers. */
  readonly scan: number;
}

/**
 * In the popup (its own window, acting on the tab in front): a click on "Scan QR" → the
 * result painted. Measured in the page, from the click to the frame after the result.
 */
async function timeScanClick(popup: TestPage, expected: 'found' | 'none'): Promise<number> {
  const elapsed = await popup.evaluate(
    (result) =>
      new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector(result)) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - clicked);
            channel.port2.postMessage(null);
          });
        });
        observer.observe(document.body, { childList: true, subtree: true });
        const clicked = performance.now();
        document.querySelector<HTMLButtonElement>('#scan')!.click();
      }),
    SCAN_RESULT,
  );
  const result = await scanResultKind(popup);
  if (result !== expected) throw new Error(`the scan's result was ${result}, not ${expected}`);
  return elapsed;
}

/**
 * captureVisibleTab alone, from the popup that is about to scan (the same windows open, the
 * same tab in front), with the options a scan captures with.
 */
async function timeCapture(popup: TestPage, kind: BrowserKind, tabId: number): Promise<{ ms: number; size: string }> {
  return popup.evaluate(
    async ({ id, options }) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      const { windowId } = await api.tabs.get(id);
      const started = performance.now();
      const dataUrl = await api.tabs.captureVisibleTab(windowId, options);
      const ms = performance.now() - started;
      const bitmap = await createImageBitmap(await (await fetch(dataUrl)).blob());
      return { ms, size: `${bitmap.width}×${bitmap.height}` };
    },
    { id: tabId, options: captureOptions(kind === 'firefox') },
  );
}

/**
 * Scans of one tab and its capture alone, in one popup each run: their medians, and the
 * capture's size. The capture alone first, then the click, each once the quota allows.
 */
async function scanRuns(harness: ExtensionHarness, tabId: number, expected: 'found' | 'none') {
  const scans: number[] = [];
  const captures: number[] = [];
  let size = '';
  for (let run = 0; run < RUNS; run += 1) {
    const { page: popup } = await PopupPage.open(harness, { tabId, window: true });
    await popup.waitFor('#scan');
    await pause(CAPTURE_QUOTA_GAP_MS);
    const capture = await timeCapture(popup, harness.kind, tabId);
    captures.push(capture.ms);
    size = capture.size;
    await pause(CAPTURE_QUOTA_GAP_MS);
    scans.push(await timeScanClick(popup, expected));
    await popup.close();
  }
  return { scan: median(scans), capture: median(captures), size };
}

/** Scan with and without a QR on the page, against the capture alone, at device pixel ratio 2. */
export async function scanSpeed(kind: BrowserKind, width: number, height: number): Promise<ScanTimes> {
  const name = browserName(kind);
  // Headless Chromium's window is its viewport plus 87 CSS px of browser frame.
  const viewport = { width, height: kind === 'chromium' ? height + CHROMIUM_FRAME_PX : height };
  const { harness } = await launchWithVault(kind, BENCH_PASSWORD, { deviceScaleFactor: 2, viewport });
  try {
    const withCode = (await openQrPage(harness, qrPageUrl('bitflyer.com', 'img', [SETUP_URI]))).tabId;
    const found = await scanRuns(harness, withCode, 'found');
    const blank = (await openQrPage(harness, qrPageUrl('bitflyer.com', 'img', []))).tabId;
    const none = await scanRuns(harness, blank, 'none');
    const label = `${width}×${height} @2x = ${found.size} px (${name}, median of ${RUNS})`;
    return {
      size: found.size,
      scan: found.scan,
      rows: [
        overheadRow(`scan: click → result, one setup QR, ${label}`, found.scan, found.capture, MAX_OVER_CAPTURE_MS),
        overheadRow(`scan: click → "no QR here", ${label}`, none.scan, none.capture, MAX_OVER_CAPTURE_MS),
      ],
    };
  } finally {
    await harness.close();
  }
}

/** Firefox against Chromium at the same size, from the two runs' medians. */
export function browsersCompared(chromium: ScanTimes, firefox: ScanTimes): BenchRow {
  return ratioRow(`scan: Firefox against Chromium (the floor), ${chromium.size} px`, firefox.scan, chromium.scan, 1.5);
}
