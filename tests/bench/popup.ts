import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIRS, launchExtension, type BrowserKind, type ExtensionHarness } from '../support/browsers';
import { sendFromPage } from '../support/messages';
import { waitUntil } from '../support/wait';
import { BENCH_PASSWORD as PASSWORD, median, seedAccounts } from './stats';
import { browserName, infoRow, ratioRow, type BenchRow } from './table';
import { createVault } from '../support/vault-state';
import { CODES_ANSWERED_MARK, CODES_RENDERED_MARK, POPUP_START_MARK } from '../../components/popup/perf-marks';

const COLD_PAIRS = 5;
const WARM_PAIRS = 9;
/** The goal per vault size: Omamori's popup at most this many times the static page's time. */
const GOALS: readonly { accounts: number; maxRatio: number }[] = [
  { accounts: 200, maxRatio: 1.5 },
  { accounts: 1000, maxRatio: 2 },
];
const BLANK_PAGE = 'bench-blank.html';
/** The goal against the page of the same rows without any style (issue #25). */
const BARE_MAX_RATIO = 1.5;
const floorPage = (accounts: number) => `bench-floor-${accounts}.html`;
/** The second floor: the same rows with no stylesheet at all, at this many accounts. */
const BARE_AT = 200;
const BARE_PAGE = `bench-bare-${BARE_AT}.html`;

interface Timing {
  /** Navigation start → the first frame with every code, painted. */
  painted: number;
  /** The popup's own marks (absent on the floor page, which runs no script). */
  scriptStart?: number;
  answered?: number;
  rendered?: number;
}

const PROBE_SCRIPT = 'bench-probe.js';
const PROBE_TAG = `<script src="/${PROBE_SCRIPT}"></script>`;

/**
 * The first script of both the popup and the floor page, put there by the bench (the same
 * tag in the same place, so it costs both the same): once every code (`?codes=N`) is in the
 * document, the next frame is awaited and the moment after its paint recorded (rAF, then a
 * task: the frame's rendering work is done by then). An init script of the test driver
 * would do the same, but is not always installed in time in a tab's first extension page.
 */
const PAINT_PROBE = `(() => {
  const expected = Number(new URLSearchParams(location.search).get('codes'));
  const observer = new MutationObserver(() => {
    if (document.querySelectorAll('.account .code').length < expected) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { globalThis.__benchPainted = performance.now(); };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** The page's HTML with the probe as its first script, right after the charset. */
const withProbe = (html: string) => html.replace('<meta charset="utf-8">', `<meta charset="utf-8">${PROBE_TAG}`);

/** Puts the probe into the built popup for the bench's run; returns the undo. */
function installProbe(kind: BrowserKind): () => void {
  const dir = EXTENSION_DIRS[kind];
  const popupPath = join(dir, 'popup.html');
  const original = readFileSync(popupPath, 'utf8');
  writeFileSync(join(dir, PROBE_SCRIPT), PAINT_PROBE);
  writeFileSync(popupPath, withProbe(original));
  return () => writeFileSync(popupPath, original);
}

async function timeOpen(harness: ExtensionHarness, path: string, accounts: number): Promise<Timing> {
  const page = await harness.openExtensionPage(`${path}?codes=${accounts}`);
  const timing = await waitUntil(`${path}: every code painted`, () =>
    page.evaluate(
      (marks) => {
        const painted = (globalThis as { __benchPainted?: number }).__benchPainted;
        if (painted === undefined) return undefined;
        const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
        return {
          painted,
          scriptStart: mark(marks.scriptStart),
          answered: mark(marks.answered),
          rendered: mark(marks.rendered),
        };
      },
      { scriptStart: POPUP_START_MARK, answered: CODES_ANSWERED_MARK, rendered: CODES_RENDERED_MARK },
    ),
  );
  await page.close();
  return timing;
}

/** The popup as it painted, with its scripts taken out: the same rows, the same CSS, no script. */
async function writeFloorPage(harness: ExtensionHarness, accounts: number): Promise<void> {
  const page = await harness.openExtensionPage(`popup.html?codes=${accounts}`);
  await waitUntil('the popup painted', () =>
    page.evaluate(() => (globalThis as { __benchPainted?: number }).__benchPainted, undefined),
  );
  const html = await page.evaluate(() => document.documentElement.outerHTML, undefined);
  await page.close();
  const staticHtml = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
  const dir = EXTENSION_DIRS[harness.kind];
  writeFileSync(join(dir, floorPage(accounts)), `<!doctype html>${withProbe(staticHtml)}`);
  if (accounts !== BARE_AT) return;
  // What the design's own styles cost: the same rows as plain text, the browser's defaults.
  const bareHtml = staticHtml
    .replace(/<link rel="stylesheet"[^>]*>/g, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
  writeFileSync(join(dir, BARE_PAGE), `<!doctype html>${withProbe(bareHtml)}`);
}

/**
 * A browser just started on this profile: the vault is locked (session storage is gone), so
 * it is opened from a blank page of ours, which loads none of the popup's script or style.
 */
async function freshBrowser(harness: ExtensionHarness): Promise<ExtensionHarness> {
  const next = await harness.restart();
  const blank = await next.openExtensionPage(BLANK_PAGE);
  const unlocked = await sendFromPage(blank, 'unlockVault', { password: PASSWORD });
  if (!unlocked.ok) throw new Error(`unlock failed: ${unlocked.reason}`);
  await blank.close();
  return next;
}

interface Pairs {
  popup: Timing[];
  floor: number[];
  /** The unstyled floor, at BARE_AT accounts only. */
  bare: number[];
}

/** Pair by pair, each the first open of its page in a browser just started. */
async function coldPairs(
  start: ExtensionHarness,
  accounts: number,
): Promise<{ harness: ExtensionHarness; pairs: Pairs }> {
  let harness = start;
  const pairs: Pairs = { popup: [], floor: [], bare: [] };
  for (let pair = 0; pair < COLD_PAIRS; pair += 1) {
    harness = await freshBrowser(harness);
    pairs.popup.push(await timeOpen(harness, 'popup.html', accounts));
    harness = await freshBrowser(harness);
    pairs.floor.push((await timeOpen(harness, floorPage(accounts), accounts)).painted);
    if (accounts !== BARE_AT) continue;
    harness = await freshBrowser(harness);
    pairs.bare.push((await timeOpen(harness, BARE_PAGE, accounts)).painted);
  }
  return { harness, pairs };
}

/** Pair by pair, one open after the other in one browser session. */
async function warmPairs(harness: ExtensionHarness, accounts: number): Promise<Pairs> {
  const pairs: Pairs = { popup: [], floor: [], bare: [] };
  for (let pair = 0; pair < WARM_PAIRS; pair += 1) {
    pairs.floor.push((await timeOpen(harness, floorPage(accounts), accounts)).painted);
    if (accounts === BARE_AT) pairs.bare.push((await timeOpen(harness, BARE_PAGE, accounts)).painted);
    pairs.popup.push(await timeOpen(harness, 'popup.html', accounts));
  }
  return pairs;
}

/** The median of the pairs' ratios (popup / `floor`), and the medians of each side for the reader. */
function compare(what: string, popup: readonly Timing[], floor: readonly number[], maxRatio: number): BenchRow {
  const ratio = median(popup.map((timing, index) => timing.painted / floor[index]!));
  return ratioRow(what, median(popup.map((timing) => timing.painted)), median(floor), maxRatio, ratio);
}

/** The popup against the styled floor, and at BARE_AT accounts against the bare one too. */
function compareBoth(what: string, pairs: Pairs, maxRatio: number): BenchRow[] {
  const rows = [compare(what, pairs.popup, pairs.floor, maxRatio)];
  if (pairs.bare.length > 0) rows.push(compare(`${what} vs. the bare page`, pairs.popup, pairs.bare, BARE_MAX_RATIO));
  return rows;
}

function breakdown(pairs: Pairs): BenchRow[] {
  const part = (
    what: string,
    from: (timing: Timing) => number | undefined,
    to: (timing: Timing) => number | undefined,
  ) =>
    infoRow(
      `  of which: ${what}`,
      `${median(pairs.popup.map((timing) => (to(timing) ?? NaN) - (from(timing) ?? NaN))).toFixed(1)} ms`,
    );
  return [
    part(
      'navigation start → our script starts',
      () => 0,
      (timing) => timing.scriptStart,
    ),
    part(
      'script start → both first answers in (asked from <head>)',
      (timing) => timing.scriptStart,
      (timing) => timing.answered,
    ),
    part(
      'answers → every row in the document',
      (timing) => timing.answered,
      (timing) => timing.rendered,
    ),
    part(
      'rows in the document → painted (the browser)',
      (timing) => timing.rendered,
      (timing) => timing.painted,
    ),
  ];
}

/** The popup against a static page of the same rows, cold and warm, at 200 and 1000 accounts. */
export async function popupSpeed(kind: BrowserKind): Promise<BenchRow[]> {
  const name = browserName(kind);
  writeFileSync(join(EXTENSION_DIRS[kind], BLANK_PAGE), '<!doctype html><meta charset="utf-8"><title>bench</title>');
  const removeProbe = installProbe(kind);
  let harness = await launchExtension(kind);
  const rows: BenchRow[] = [];
  try {
    const control = await harness.openExtensionPage(BLANK_PAGE);
    await createVault(control, PASSWORD);
    await control.close();
    let seeded = 0;
    for (const { accounts, maxRatio } of GOALS) {
      const seeding = await harness.openExtensionPage(BLANK_PAGE);
      await seedAccounts(seeding, seeded, accounts);
      await seeding.close();
      seeded = accounts;
      await writeFloorPage(harness, accounts);
      const cold = await coldPairs(harness, accounts);
      harness = cold.harness;
      const warm = await warmPairs(harness, accounts);
      const what = `popup: navigation start → ${accounts} codes painted (${name}`;
      rows.push(...compareBoth(`${what}, cold, median of ${COLD_PAIRS} pairs)`, cold.pairs, maxRatio));
      rows.push(...breakdown(cold.pairs));
      rows.push(...compareBoth(`${what}, warm, median of ${WARM_PAIRS} pairs)`, warm, maxRatio));
      rows.push(...breakdown(warm));
    }
    return rows;
  } finally {
    await harness.close();
    removeProbe();
  }
}
