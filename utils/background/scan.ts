import { fromBase64 } from '../encoding';
import { viewsNow, type ClockOffsetFor } from '../otp/views';
import type { AccountData } from '../otp/account';
import type { ScanReport, ScanView } from '../messaging/protocol';
import { interpretQrText, type ScannedCode } from '../qr/interpret';
import type { QrImage } from '../qr/pixels';
import type { QrReading } from '../qr/channel';
import { admitSites, NEW_SITE } from '../sites/bind-policy';
import { httpsHost, siteOf } from '../sites/binding';
import type { Vault } from '../vault/vault';
import { fail, ok, whenOpen, type Handlers } from './handlers';

export interface ScanDeps {
  readonly vault: Vault;
  readonly now: () => number;
  readonly newId: () => string;
  /** The tab's URL while it is the one its window shows (the one a capture is of). */
  readonly shownUrl: (tabId: number) => Promise<string | undefined>;
  /** The visible part of a tab, and its `shownUrl` as the capture began. */
  readonly capture: (tabId: number) => Promise<{ image: QrImage; url: string | undefined }>;
  /** Every QR text in an image (utils/qr/reader.ts; in Chromium, in the reader's worker). */
  readonly read: (image: QrImage) => Promise<QrReading>;
  /** Loads the reader ahead of a scan (its WebAssembly; in Chromium, its document and worker). */
  readonly prepare: () => Promise<void>;
  /** The clocks the person follows (see ClockService.offsets). */
  readonly clockOffsets: () => Promise<ClockOffsetFor>;
  /** How many frames of another origin the tab's top page shows (frame-probe.ts); throws when it cannot look. */
  readonly foreignFrames: (tabId: number) => Promise<number>;
}

/** Where the image the person right-clicked is: the browser's frame id and URL for it. */
export interface ImageFrame {
  readonly frameId: number;
  readonly url: string | undefined;
}

/** Accounts a scan found, kept in the background only until added (or the vault locks). */
interface HeldScan {
  readonly accounts: AccountData[];
  readonly report: ScanReport;
}

type ScanMessage = 'prepareScan' | 'scanTab' | 'scanImage' | 'scanReport' | 'addScanned';

/**
 * Enrolment by QR: capture or image → every code in it → what each holds. The image is
 * read by the background's reader (Chromium's in its worker) and dropped; secrets stay in
 * the background until the person adds them.
 */
export function scanService(deps: ScanDeps) {
  const held = new Map<string, HeldScan>();
  const batches = new Map<number, Set<number>>();

  /** `host`: the page the codes were shown on, if any; `framed`: another origin's frame was in sight. */
  async function scan(texts: readonly string[], host: string | null, framed = false): Promise<ScanReport> {
    const codes = texts.map(interpretQrText);
    const existing = await deps.vault.accounts();
    const known = new Set(existing.map((account) => account.secret));
    const boundSites = existing.flatMap((account) => account.domains);
    // The site the popup names as where the codes were shown, unless it imitates one.
    const domain =
      host === null ? null : (admitSites({ issuer: '', domains: [host] }, boundSites, NEW_SITE).domains[0] ?? null);
    const accounts: AccountData[] = [];
    const views: ScanView[] = [];
    let batch: ScanReport['batch'] = null;
    for (const code of codes) {
      if (code.kind !== 'accounts') {
        views.push(code);
        continue;
      }
      if (code.batch && code.batch.size > 1) batch = batchProgress(code.batch);
      // Accounts of an export that are not valid are shown as such; the others still come in.
      for (const failure of code.failed ?? []) {
        views.push({ kind: 'invalid', reason: failure.reason, preview: failure.name });
      }
      for (const account of bind(code, host, boundSites)) {
        const duplicate = known.has(account.secret) || accounts.some((other) => other.secret === account.secret);
        views.push({ kind: 'account', issuer: account.issuer, label: account.label, duplicate });
        if (!duplicate) accounts.push(account);
      }
    }
    const report: ScanReport = { scanId: deps.newId(), domain, codes: views, batch, framed };
    held.clear();
    held.set(report.scanId, { accounts, report });
    return report;
  }

  function batchProgress({ id, index, size }: { id: number; index: number; size: number }) {
    const seen = batches.get(id) ?? new Set<number>();
    seen.add(index);
    batches.set(id, seen);
    return { scanned: seen.size, size };
  }

  /**
   * An account of a known exchange fills on that exchange; another setup code shown on a
   * page, on that page's site unless it imitates one; an export's other accounts nowhere yet.
   */
  function bind(
    code: Extract<ScannedCode, { kind: 'accounts' }>,
    host: string | null,
    boundSites: readonly string[],
  ): AccountData[] {
    return code.accounts.map((account) => {
      const here = code.batch || host === null ? [] : [host];
      const { domains, preferredOn } = admitSites({ ...account, domains: here }, boundSites);
      return { ...account, domains, preferredOn };
    });
  }

  /** The reading, or that the reader broke (not the image: trying again may work). */
  async function readSafely(image: QrImage): Promise<QrReading | { ok: false; reason: 'reader-failed' }> {
    try {
      return await deps.read(image);
    } catch {
      return { ok: false, reason: 'reader-failed' };
    }
  }

  /**
   * Captures the tab and reads it. The codes bind to the top page's site only when that
   * page stayed, in front, for the capture, and showed no frame of another origin before
   * or after it (a code inside such a frame is that frame's site's); with `image`, only
   * when the right-clicked image's frame is of that same site. Otherwise to no site: the
   * first fill asks which site it is for.
   */
  async function scanShown(tabId: number, image?: ImageFrame) {
    return whenOpen(async () => {
      await deps.vault.accounts();
      // Looked at as the capture begins and again once it is taken; no answer counts as a frame.
      const framesBefore = countFrames(tabId);
      let captured: Awaited<ReturnType<ScanDeps['capture']>>;
      try {
        captured = await deps.capture(tabId);
      } catch {
        return fail('capture-failed');
      }
      // Asked again once captured: a page that navigated, or a tab no longer in front
      // (the capture is of the tab in front), binds nothing.
      const after = deps.shownUrl(tabId).catch(() => undefined);
      const framesAfter = countFrames(tabId);
      const reading = await readSafely(captured.image);
      if (!reading.ok) return fail(reading.reason === 'reader-failed' ? reading.reason : 'capture-failed');
      const stayed = (await after) === captured.url;
      const imageElsewhere = image !== undefined && image.frameId !== 0 && siteOf(image.url) !== siteOf(captured.url);
      const framed = (await framesBefore) + (await framesAfter) > 0 || imageElsewhere;
      const host = stayed && !framed ? httpsHost(captured.url) : null;
      return ok(await scan(reading.texts, host, stayed && framed));
    });
  }

  const countFrames = (tabId: number) => deps.foreignFrames(tabId).catch(() => 1);

  const handlers: Handlers<ScanMessage> = {
    prepareScan: async () => {
      if ((await deps.vault.state()) !== 'unlocked') return fail('locked');
      await deps.prepare();
      return ok(null);
    },
    scanTab: ({ tabId }) => scanShown(tabId),
    scanImage: ({ base64 }) =>
      whenOpen(async () => {
        await deps.vault.accounts();
        let bytes: Uint8Array<ArrayBuffer>;
        try {
          bytes = fromBase64(base64);
        } catch {
          return fail('unreadable-image');
        }
        const reading = await readSafely({ kind: 'file', bytes });
        if (!reading.ok) return fail(reading.reason);
        return ok(await scan(reading.texts, null));
      }),
    scanReport: async ({ scanId }) => {
      const scanned = held.get(scanId);
      return scanned ? ok(scanned.report) : fail('no-scan');
    },
    addScanned: ({ scanId }) =>
      whenOpen(async () => {
        const scanned = held.get(scanId);
        if (!scanned) return fail('no-scan');
        held.delete(scanId);
        const { added, duplicates } = await deps.vault.addMany(scanned.accounts);
        const { views } = await viewsNow(added, deps.now, deps.clockOffsets);
        return ok({ added: views, duplicates: duplicates.length });
      }),
  };

  /**
   * The context menu (`image`: the right-clicked image's frame) and the shortcut: scan the
   * tab, keep the report for the window they open.
   */
  async function scanForWindow(tabId: number, image?: ImageFrame): Promise<string | null> {
    const result = await scanShown(tabId, image);
    return result.ok ? result.value.scanId : null;
  }

  return { handlers, scanForWindow, forget: () => held.clear() };
}
