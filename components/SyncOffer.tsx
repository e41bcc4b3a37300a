import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';
import { sendMessage, type SyncOffer as Offer } from '@/utils/messaging/protocol';
import type { SyncFailure } from '@/utils/backup/sync';
import { failureMessage } from './failures';
import { PasswordField } from './Field';
import { FormMessage, useFormOutcome } from './FormOutcome';

export const SYNC_FAILURES: Record<SyncFailure, MessageKey> = {
  'other-vault': 'syncFailedOtherVault',
  'new-key': 'syncFailedNewKey',
  incomplete: 'syncFailedIncomplete',
  'newer-format': 'errorNewerFormat',
  quota: 'syncFailedQuota',
  'write-failed': 'syncFailedWrite',
};

export const isSyncFailure = (reason: string): reason is SyncFailure => Object.hasOwn(SYNC_FAILURES, reason);

/**
 * A new browser whose sync storage holds an Omamori backup: offered first, before a new
 * vault, with the password it was saved with.
 */
export function SyncOffer({ onRestored }: { onRestored: () => void }) {
  const [offer, setOffer] = useState<Offer | null>(null);
  const [password, setPassword] = useState('');
  const { outcome, fail } = useFormOutcome();
  const [busy, setBusy] = useState(false);
  useEffect(() => void sendMessage('syncOffer').then((result) => setOffer(result.ok ? result.value : null)), []);

  if (!offer) return null;

  async function restore(event: Event) {
    event.preventDefault();
    setBusy(true);
    const result = await sendMessage('restoreFromSync', { password });
    setBusy(false);
    if (result.ok) return onRestored();
    const { reason } = result;
    fail(isSyncFailure(reason) ? t(SYNC_FAILURES[reason]) : failureMessage(reason));
  }

  return (
    <form class="card stack sync-offer" onSubmit={restore} aria-labelledby="sync-offer-title">
      <h2 id="sync-offer-title" class="section__title">
        {t('syncOfferTitle')}
      </h2>
      <p>{t('syncOfferText')}</p>
      <PasswordField
        id="sync-password"
        label={t('passwordLabel')}
        value={password}
        onValue={setPassword}
        purpose="current-password"
      />
      <FormMessage outcome={outcome} />
      <button type="submit" class="button button--primary" id="sync-restore" disabled={busy || !password}>
        {t('syncRestore')}
      </button>
      <p class="hint">{t('syncOrNew')}</p>
    </form>
  );
}
