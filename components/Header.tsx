import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';
import { Logo } from './Logo';

export function Header({ actions }: { actions?: ComponentChildren }) {
  return (
    <header class="header">
      <Logo size={36} />
      <div class="header__titles">
        <h1 class="header__name">{t('brandName')}</h1>
        <p class="header__tagline" data-testid="brand-tagline">
          {t('brandTagline')}
        </p>
      </div>
      {actions && <div class="header__actions">{actions}</div>}
    </header>
  );
}
