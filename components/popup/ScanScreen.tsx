import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage, type ScanReport } from '@/utils/messaging/protocol';
import { failureMessage } from '../failures';
import { FormError } from '../Field';
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
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      if (scanId === undefined && tabId === undefined) return setError(t('scanCaptureFailed'));
      const result = scanId
        ? await sendMessage('scanReport', { scanId })
        : await sendMessage('scanTab', { tabId: tabId! });
      if (result.ok) return setReport(result.value);
      if (result.reason === 'capture-failed') setError(t('scanCaptureFailed'));
      else if (result.reason === 'no-scan') setError(t('scanNothingFound'));
      else setError(failureMessage(result.reason));
    })();
  }, [tabId, scanId]);

  return (
    <section class="stack panel" aria-labelledby="scan-title">
      <div class="panel__head">
        <h2 id="scan-title" class="section__title">
          {t('scanTitle')}
        </h2>
      </div>
      {!report && !error && <p class="hint">{t('scanning')}</p>}
      <FormError message={error} />
      {report && <ScanResults report={report} onDone={onDone} />}
    </section>
  );
}
