import { useEffect, useRef, useState } from 'preact/hooks';
import type { MigrationSkipReason } from '@/utils/formats/exporters/google-migration';
import { t, type MessageKey } from '@/utils/i18n';
import type { MigrationCodes } from '@/utils/messaging/protocol';
import { accountName } from '../account-name';
import { QrCode } from '../QrCode';

const REASONS: Record<MigrationSkipReason, MessageKey> = {
  steam: 'migrationReasonSteam',
  period: 'migrationReasonPeriod',
  digits: 'migrationReasonDigits',
};

/** Google Authenticator transfer codes, one at a time, scanned in turn by the phone. */
export function MigrationCodesView({ codes, onHide }: { codes: MigrationCodes; onHide: () => void }) {
  const [index, setIndex] = useState(0);
  const panel = useRef<HTMLDivElement>(null);
  // The codes appear below the form: bring them into view for the phone.
  useEffect(() => panel.current?.scrollIntoView({ block: 'center' }), []);
  const total = codes.uris.length;
  const position = String(index + 1);
  return (
    <div class="stack migration" data-testid="migration" ref={panel} data-total={total} data-index={index}>
      <h3 class="subsection__title">{t('migrationTitle')}</h3>
      {total === 0 ? (
        <p class="form-error">{t('migrationNone')}</p>
      ) : (
        <>
          <p class="hint">{t('migrationHint')}</p>
          <div class="migration__code">
            <QrCode text={codes.uris[index]!} size={360} errorCorrection="L" label={t('migrationQrLabel', position)} />
            <p class="migration__position" data-testid="migration-position">
              {t('migrationPosition', [position, String(total)])}
            </p>
          </div>
          {total > 1 && (
            <div class="row">
              <button
                type="button"
                class="button"
                id="migration-previous"
                disabled={index === 0}
                onClick={() => setIndex(index - 1)}
              >
                {t('migrationPrevious')}
              </button>
              <button
                type="button"
                class="button"
                id="migration-next"
                disabled={index === total - 1}
                onClick={() => setIndex(index + 1)}
              >
                {t('migrationNext')}
              </button>
            </div>
          )}
        </>
      )}
      {codes.skipped.length > 0 && (
        <div class="migration__skipped" data-testid="migration-skipped">
          <p>{t('migrationSkipped')}</p>
          <ul>
            {codes.skipped.map((account, at) => (
              <li key={at}>
                {accountName(account)} ({t(REASONS[account.reason])})
              </li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" class="button button--ghost" id="migration-hide" onClick={onHide}>
        {t('migrationHide')}
      </button>
    </div>
  );
}
