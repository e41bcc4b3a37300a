import { browser } from 'wxt/browser';
import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/utils/i18n';

const PROMISES: readonly { icon: ComponentChildren; text: MessageKey }[] = [
  { icon: <LockIcon />, text: 'welcomeVault' },
  { icon: <ShieldIcon />, text: 'welcomeFill' },
  { icon: <CloudIcon />, text: 'welcomeBackup' },
];

interface WelcomeProps {
  onStart?: () => void;
}

/** First-run screen: what Omamori promises, and the way in. */
export function Welcome({ onStart }: WelcomeProps) {
  return (
    <section class="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title" class="welcome__title">
        {t('welcomeTitle')}
      </h2>
      <ul class="welcome__list">
        {PROMISES.map(({ icon, text }) => (
          <li key={text} class="welcome__item">
            <span class="welcome__icon">{icon}</span>
            <span>{t(text)}</span>
          </li>
        ))}
      </ul>
      {onStart && (
        <>
          <button type="button" class="button button--primary" data-testid="welcome-start" onClick={onStart}>
            {t('welcomeStart')}
          </button>
          <p class="hint">{t('welcomeStartHint')}</p>
          <button
            type="button"
            class="button button--ghost"
            id="restore-link"
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            {t('welcomeRestore')}
          </button>
        </>
      )}
    </section>
  );
}

function LockIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <rect x="5" y="10" width="14" height="10" rx="2" fill="currentColor" />
      <path d="M8 10V7a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" stroke-width="2" />
    </svg>
  );
}

function ShieldIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path d="M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5z" fill="currentColor" />
      <path d="m8.5 12 2.5 2.5 4.5-5" fill="none" stroke="var(--surface)" stroke-width="2" />
    </svg>
  );
}

function CloudIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path d="M7 19a5 5 0 0 1-.8-9.9A6 6 0 0 1 17.7 8 4.5 4.5 0 0 1 17.5 19z" fill="currentColor" />
      <path d="M12 16v-5m-2.5 2.5L12 11l2.5 2.5" fill="none" stroke="var(--surface)" stroke-width="2" />
    </svg>
  );
}
