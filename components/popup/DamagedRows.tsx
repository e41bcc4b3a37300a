import { t, uiLanguage } from '@/utils/i18n';
import { sendMessage, type DamagedRow } from '@/utils/messaging/protocol';

/** Rows that would not open: said plainly, each removable; the other accounts work on. */
export function DamagedRows({ rows, onChanged }: { rows: readonly DamagedRow[]; onChanged: () => void }) {
  if (rows.length === 0) return null;
  const date = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section class="banner banner--danger damaged" role="alert" aria-labelledby="damaged-title">
      <h2 id="damaged-title" class="section__title">
        {t('damagedTitle', String(rows.length))}
      </h2>
      <p>{t('damagedExplain')}</p>
      <ul class="damaged__rows">
        {rows.map((row) => (
          <li key={row.id} class="row" data-damaged-id={row.id}>
            <span>{t('damagedRow', date.format(row.updatedAt))}</span>
            <button
              type="button"
              class="button button--danger button--small"
              onClick={async () => {
                await sendMessage('removeDamaged', { id: row.id });
                onChanged();
              }}
            >
              {t('damagedRemove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
