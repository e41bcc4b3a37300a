import { t } from '@/utils/i18n';
import { TrashList } from '../TrashList';

/** The popup's "Recently deleted": loaded only when opened (see lazy-screens.ts). */
export function TrashScreen({ onDone }: { onDone: () => void }) {
  return (
    <section class="card stack" aria-labelledby="trash-title">
      <div class="panel__head">
        <h2 id="trash-title" class="section__title">
          {t('trashTitle')}
        </h2>
        <button type="button" class="button button--small" id="trash-back" onClick={onDone}>
          {t('backToCodes')}
        </button>
      </div>
      <TrashList />
    </section>
  );
}
