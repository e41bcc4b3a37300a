import { t } from '@/utils/i18n';
import { Logo } from './Logo';

export function Header() {
  return (
    <header class="header">
      <Logo size={36} />
      <div>
        <h1 class="header__name">{t('brandName')}</h1>
        <p class="header__tagline">{t('brandTagline')}</p>
      </div>
    </header>
  );
}
