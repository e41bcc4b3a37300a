import { fromBase64 } from '../encoding';
import { viewsNow, type ClockOffsetFor } from '../otp/views';
import type { AccountData } from '../otp/account';
import type { ScanReport, ScanView } from '../messaging/protocol';
import { interpretQrText, type ScannedCode } from '../qr/interpret';
import type { QrImage } from '../qr/pixels';
import type { QrReading } from '../qr/channel';
import { bindRefusal } from '../sites/bind-policy';
import { httpsHost, siteOfHost } from '../sites/binding';
import { domainsForIssuer } from '../sites/issuers';
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

  /** `host`: the page the codes were shown on, if any. */
  async function scan(texts: readonly string[], host: string | null): Promise<ScanReport> {
    const codes = texts.map(interpretQrText);
    const existing = await deps.vault.accounts();
    const known = new Set(existing.map((account) => account.secret));
    const boundSites = existing.flatMap((account) => account.domains);
    const bindHere = (issuer: string) =>
      host !== null && !bindRefusal(issuer, host, boundSites) ? siteOfHost(host) : null;
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
      for (const account of bind(code, bindHere)) {
        const duplicate = known.has(account.secret) || accounts.some((other) => other.secret === account.secret);
        views.push({ kind: 'account', issuer: account.issuer, label: account.label, duplicate });
        if (!duplicate) accounts.push(account);
      }
    }
    const report: ScanReport = { scanId: deps.newId(), domain: bindHere(''), codes: views, batch };
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
    bindHere: (issuer: string) => string | null,
  ): AccountData[] {
    return code.accounts.map((account) => {
      const byIssuer = domainsForIssuer(account.issuer);
      const here = code.batch ? null : bindHere(account.issuer);
      return { ...account, domains: byIssuer.length ? byIssuer : here ? [here] : [] };
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

  const handlers: Handlers<ScanMessage> = {
    prepareScan: async () => {
      if ((await deps.vault.state()) !== 'unlocked') return fail('locked');
      await deps.prepare();
      return ok(null);
    },
    scanTab: ({ tabId }) =>
      whenOpen(async () => {
        await deps.vault.accounts();
        let captured: Awaited<ReturnType<ScanDeps['capture']>>;
        try {
          captured = await deps.capture(tabId);
        } catch {
          return fail('capture-failed');
        }
        // Asked again once captured: a page that navigated, or a tab no longer in front
        // (the capture is of the tab in front), binds nothing.
        const after = deps.shownUrl(tabId).catch(() => undefined);
        const reading = await readSafely(captured.image);
        if (!reading.ok) return fail(reading.reason === 'reader-failed' ? reading.reason : 'capture-failed');
        const host = (await after) === captured.url ? httpsHost(captured.url) : null;
        return ok(await scan(reading.texts, host));
      }),
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

  /** The context menu and the shortcut: scan the tab, keep the report for the window they open. */
  async function scanForWindow(tabId: number): Promise<string | null> {
    const result = await handlers.scanTab({ tabId });
    return result.ok ? result.value.scanId : null;
  }

  return { handlers, scanForWindow, forget: () => held.clear() };
}
