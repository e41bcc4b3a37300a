import { t } from '@/utils/i18n';
import { TrashList } from '../TrashList';

/** "Recently deleted" in the options: `options.html#trash`. */
export function TrashSection() {
  return (
    <section class="card stack" id="trash" aria-labelledby="trash-title">
      <h2 id="trash-title" class="section__title">
        {t('trashTitle')}
      </h2>
      <TrashList />
    </section>
  );
}
