import { useLayoutEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage, type ScanReport } from '@/utils/messaging/protocol';
import { failureMessage } from '../failures';
import { FormMessage, useFormOutcome } from '../FormOutcome';
import { ScanResults } from '../ScanResults';

interface ScanScreenProps {
  tabId: number | undefined;
  /** A scan the context menu or shortcut already made. */
  scanId?: string;
  onDone: () => void;
}

/** "Scan QR on this page": capture the tab in front, read its codes, offer to add them. */
export function ScanScreen({ tabId, scanId, onDone }: ScanScreenProps) {
  const [report, setReport] = useState<ScanReport | null>(null);
  const { outcome, fail } = useFormOutcome();

  // Asked at once, not after the "scanning" frame is painted (as useEffect would): the
  // capture must see the page as it was when the button was pressed, and soonest.
  useLayoutEffect(() => {
    void (async () => {
      if (scanId === undefined && tabId === undefined) return fail(t('scanCaptureFailed'));
      const result = scanId
        ? await sendMessage('scanReport', { scanId })
        : await sendMessage('scanTab', { tabId: tabId! });
      if (result.ok) return setReport(result.value);
      if (result.reason === 'capture-failed') fail(t('scanCaptureFailed'));
      else if (result.reason === 'no-scan') fail(t('scanNothingFound'));
      else fail(failureMessage(result.reason));
    })();
  }, [tabId, scanId, fail]);

  return (
    <section class="stack panel" aria-labelledby="scan-title">
      <div class="panel__head">
        <h2 id="scan-title" class="section__title">
          {t('scanTitle')}
        </h2>
      </div>
      {!report && !outcome && <p class="hint">{t('scanning')}</p>}
      <FormMessage outcome={outcome} />
      {report && <ScanResults report={report} onDone={onDone} />}
    </section>
  );
}
