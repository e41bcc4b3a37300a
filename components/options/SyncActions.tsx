import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage, type Locked, type Result } from '@/utils/messaging/protocol';
import type { SyncFailure } from '@/utils/backup/sync';
import { failureMessage } from '../failures';
import { PasswordField } from '../Field';
import { FormMessage, useFormOutcome } from '../FormOutcome';
import { SYNC_FAILURES, isSyncFailure } from '../SyncOffer';

/**
 * What the person can do about the sync copy: take the key of a password changed on another
 * browser (typed here, in Omamori's own page), or replace another vault's copy on purpose.
 */
export function SyncActions({ failure, onDone }: { failure: SyncFailure; onDone: () => void }) {
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const { outcome, fail, succeed } = useFormOutcome();

  async function run(send: () => Promise<Result<null, SyncFailure | 'wrong-password' | 'corrupt' | Locked>>) {
    setBusy(true);
    const result = await send();
    setBusy(false);
    if (!result.ok)
      return fail(isSyncFailure(result.reason) ? t(SYNC_FAILURES[result.reason]) : failureMessage(result.reason));
    succeed(t('syncReplaced'));
    onDone();
  }

  if (failure === 'other-vault')
    return (
      <div class="stack">
        <button
          type="button"
          class="button"
          id="sync-replace"
          disabled={busy}
          onClick={() => void run(() => sendMessage('replaceSyncCopy'))}
        >
          {t('syncReplaceCopy')}
        </button>
        <FormMessage outcome={outcome} />
      </div>
    );
  if (failure !== 'new-key') return null;
  return (
    <form
      class="stack"
      id="sync-new-key"
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => sendMessage('adoptSyncKey', { password }));
      }}
    >
      <PasswordField
        id="sync-new-password"
        label={t('syncAdoptKeyLabel')}
        value={password}
        onValue={setPassword}
        purpose="current-password"
      />
      <FormMessage outcome={outcome} />
      <button type="submit" class="button button--primary" disabled={busy || !password}>
        {t('syncAdoptKey')}
      </button>
    </form>
  );
}
