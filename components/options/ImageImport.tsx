import { useState } from 'preact/hooks';
import { toBase64 } from '@/utils/encoding';
import { t } from '@/utils/i18n';
import { sendMessage, type ScanReport } from '@/utils/messaging/protocol';
import { failureMessage } from '../failures';
import { FormMessage, useFormOutcome } from '../FormOutcome';
import { ScanResults } from '../ScanResults';

/** A screenshot or photo of a setup QR (or a Google Authenticator export QR): pick or drop it. */
export function ImageImport() {
  const [report, setReport] = useState<ScanReport | null>(null);
  const { outcome, fail, clear } = useFormOutcome();
  const [dragging, setDragging] = useState(false);

  async function read(file: File | undefined) {
    if (!file) return;
    clear();
    const result = await sendMessage('scanImage', { base64: toBase64(new Uint8Array(await file.arrayBuffer())) });
    if (result.ok) setReport(result.value);
    else fail(result.reason === 'unreadable-image' ? t('scanUnreadableImage') : failureMessage(result.reason));
  }

  return (
    <section class="card stack" aria-labelledby="image-title">
      <h2 id="image-title" class="section__title">
        {t('imageImportTitle')}
      </h2>
      {report ? (
        <ScanResults report={report} onDone={() => setReport(null)} />
      ) : (
        <label
          class="dropzone"
          data-dragging={dragging}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            void read(event.dataTransfer?.files[0]);
          }}
        >
          <span>{t('imageImportHint')}</span>
          <input
            id="qr-image"
            type="file"
            accept="image/*"
            onChange={(event) => void read(event.currentTarget.files?.[0])}
          />
        </label>
      )}
      <FormMessage outcome={outcome} />
    </section>
  );
}
