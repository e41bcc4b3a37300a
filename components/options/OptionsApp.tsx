import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/utils/i18n';
import { Header } from '../Header';
import { BackupSection } from './BackupSection';
import { ArrangeSection } from './ArrangeSection';
import { ExchangeSettings } from './ExchangeSettings';
import { ExportSection } from './ExportSection';
import { ImageImport } from './ImageImport';
import { ImportSection } from './ImportSection';
import { OptionsNav, type OptionsSection } from './OptionsNav';
import { SecuritySettings } from './SecuritySettings';
import { TrashSection } from './TrashSection';

/** The page's sections, in order: `options.html#<id>` lands on one (the popup's and notifications' links). */
const OPTIONS_SECTIONS: readonly OptionsSection[] = [
  { id: 'accounts', title: 'optionsNavAccounts' },
  { id: 'backups', title: 'optionsNavBackups' },
  { id: 'import-export', title: 'optionsNavTransfer' },
  { id: 'security', title: 'optionsNavSecurity' },
  { id: 'exchanges', title: 'optionsNavExchanges' },
  { id: 'about', title: 'optionsNavAbout' },
];

export function OptionsApp() {
  return (
    <main class="options">
      <Header />
      <div class="options__layout">
        <OptionsNav sections={OPTIONS_SECTIONS} />
        <div class="options__body">
          <Group id="accounts" title="optionsNavAccounts">
            <ArrangeSection />
            <ImageImport />
            <TrashSection />
          </Group>
          {/* The backup card keeps its own id, `#backup`, for links made before the sections. */}
          <Group id="backups" title="optionsNavBackups">
            <BackupSection />
          </Group>
          <Group id="import-export" title="optionsNavTransfer">
            <ImportSection />
            <ExportSection />
          </Group>
          <Group id="security" title="optionsNavSecurity">
            <SecuritySettings />
          </Group>
          <Group id="exchanges" title="optionsNavExchanges">
            <ExchangeSettings />
          </Group>
          <Group id="about" title="optionsNavAbout">
            <section class="card" aria-labelledby="privacy-title">
              <h2 id="privacy-title" class="section__title">
                {t('optionsPrivacyTitle')}
              </h2>
              <p>{t('optionsPrivacyText')}</p>
            </section>
          </Group>
        </div>
      </div>
    </main>
  );
}

/** One section of the page: the cards the navigation's link `#id` leads to. */
function Group({ id, title, children }: { id: string; title: MessageKey; children: ComponentChildren }) {
  return (
    <section class="options__group" id={id} aria-label={t(title)} data-section={id}>
      {children}
    </section>
  );
}
