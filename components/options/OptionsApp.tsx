import { t } from '@/utils/i18n';
import { EXCHANGES } from '@/utils/sites/exchanges';
import { Header } from '../Header';
import { SecuritySettings } from './SecuritySettings';

export function OptionsApp() {
  return (
    <main class="options">
      <Header />
      <div class="options__body">
        <SecuritySettings />
        <section class="card" aria-labelledby="sites-title">
          <h2 id="sites-title" class="section__title">{t('optionsSitesTitle')}</h2>
          <ul class="exchange-list">
            {EXCHANGES.map((exchange) => (
              <li key={exchange.id} class="exchange-list__item">
                {exchange.name}
              </li>
            ))}
          </ul>
          <p class="hint">{t('optionsSitesHint')}</p>
        </section>
        <section class="card" aria-labelledby="privacy-title">
          <h2 id="privacy-title" class="section__title">{t('optionsPrivacyTitle')}</h2>
          <p>{t('optionsPrivacyText')}</p>
        </section>
      </div>
    </main>
  );
}
