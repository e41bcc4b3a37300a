import { t } from '@/utils/i18n';
import { Header } from '../Header';
import { BackupSection } from './BackupSection';
import { ExchangeSettings } from './ExchangeSettings';
import { ExportSection } from './ExportSection';
import { ImageImport } from './ImageImport';
import { ImportSection } from './ImportSection';
import { SecuritySettings } from './SecuritySettings';

export function OptionsApp() {
  return (
    <main class="options">
      <Header />
      <div class="options__body">
        <BackupSection />
        <ImageImport />
        <ImportSection />
        <ExportSection />
        <SecuritySettings />
        <ExchangeSettings />
        <section class="card" aria-labelledby="privacy-title">
          <h2 id="privacy-title" class="section__title">
            {t('optionsPrivacyTitle')}
          </h2>
          <p>{t('optionsPrivacyText')}</p>
        </section>
      </div>
    </main>
  );
}
