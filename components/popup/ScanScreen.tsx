import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { ScanMessages, ScanReport } from '@/utils/messaging/protocol';
import { failureMessage } from '../failures';
import { FormMessage, useFormOutcome } from '../FormOutcome';
import { ScanResults } from '../ScanResults';

/** What a scan answered: the tab's capture read, or the report of one already made. */
export type ScanAnswer = ReturnType<ScanMessages['scanTab']> | ReturnType<ScanMessages['scanReport']>;

interface ScanScreenProps {
  /** Asked for when the button was pressed (scanTab), or the scan window's report; null: no tab. */
  answer: Promise<ScanAnswer> | null;
  onDone: () => void;
}

/** "Scan QR on this page": the codes read off the tab in front, offered to add. */
export function ScanScreen({ answer, onDone }: ScanScreenProps) {
  const [report, setReport] = useState<ScanReport | null>(null);
  const { outcome, fail } = useFormOutcome();

  useEffect(() => {
    void (async () => {
      const result = await answer;
      if (!result) return fail(t('scanCaptureFailed'));
      if (result.ok) return setReport(result.value);
      if (result.reason === 'capture-failed') fail(t('scanCaptureFailed'));
      else if (result.reason === 'no-scan') fail(t('scanNothingFound'));
      else fail(failureMessage(result.reason));
    })();
  }, [answer, fail]);

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
