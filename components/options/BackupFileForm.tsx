import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage, type BackupCheck, type BackupFileFailure, type Internal } from '@/utils/messaging/protocol';
import { accountNames } from '../account-name';
import { failureMessage } from '../failures';
import { Field, PasswordField } from '../Field';
import { FormMessage, useFormOutcome } from '../FormOutcome';
import { unboundSentence } from './restore-unbound';

function fileFailureMessage(reason: BackupFileFailure | Internal): string {
  if (reason === 'corrupt') return t('errorCorruptFile');
  if (reason === 'unknown-format') return t('errorNotBackup');
  return failureMessage(reason);
}

/** A backup file and its password: check it against the vault (writes nothing), or restore it. */
export function BackupFileForm({ onRestored }: { onRestored: () => void }) {
  const [text, setText] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const { outcome, fail, succeed, clear } = useFormOutcome();
  // A check answers with a report (below the form), not a sentence.
  const [check, setCheck] = useState<BackupCheck | null>(null);

  async function run(action: 'check' | 'restore') {
    if (text === null) return;
    clear();
    setCheck(null);
    if (action === 'check') {
      const result = await sendMessage('checkBackup', { text, password });
      return result.ok ? setCheck(result.value) : fail(fileFailureMessage(result.reason));
    }
    const result = await sendMessage('restoreBackup', { text, password });
    if (!result.ok) return fail(fileFailureMessage(result.reason));
    const { added, duplicates, failed, unbound } = result.value;
    const skipped = failed.length ? ` ${t('restoreSkipped', [String(failed.length), failed.join(', ')])}` : '';
    succeed(t('restoreDone', [String(added), String(duplicates)]) + skipped + unboundSentence(unbound));
    setPassword('');
    onRestored();
  }

  return (
    <form
      class="stack"
      id="restore"
      onSubmit={(event) => {
        event.preventDefault();
        void run('restore');
      }}
    >
      <h3 class="subsection__title">{t('restoreTitle')}</h3>
      <p class="hint">{t('restoreHint')}</p>
      <Field label={t('restoreFileLabel')}>
        <input
          id="restore-file"
          type="file"
          accept=".json,application/json"
          onChange={async (event) => setText((await event.currentTarget.files?.[0]?.text()) ?? null)}
        />
      </Field>
      <PasswordField
        id="restore-password"
        label={t('restorePasswordLabel')}
        value={password}
        onValue={setPassword}
        purpose="current-password"
      />
      <FormMessage outcome={outcome} />
      {check && <CheckReport check={check} />}
      <div class="row">
        <button
          type="button"
          class="button"
          id="check-backup"
          disabled={text === null || !password}
          onClick={() => void run('check')}
        >
          {t('checkBackupButton')}
        </button>
        <button type="submit" class="button button--primary" id="restore-backup" disabled={text === null || !password}>
          {t('restoreButton')}
        </button>
      </div>
    </form>
  );
}

function CheckReport({ check }: { check: BackupCheck }) {
  const when = new Date(check.createdAt).toLocaleString(document.documentElement.lang);
  const lists = [
    { key: 'checkDifferentCode', accounts: check.differentCode },
    { key: 'checkOnlyInBackup', accounts: check.onlyInBackup },
    { key: 'checkNotInBackup', accounts: check.notInBackup },
  ] as const;
  return (
    <div class="stack backup-check" data-testid="backup-check" data-count={check.count} data-same={check.same}>
      <p class="form-ok">{t('checkOpened', [when, String(check.count), String(check.same)])}</p>
      {check.older && (
        <p class="form-error" data-testid="backup-older">
          {t('backupOlder')}
        </p>
      )}
      {check.notInBackup.length === 0 && <p class="form-ok">{t('checkComplete')}</p>}
      {lists.map(({ key, accounts }) =>
        accounts.length > 0 ? (
          <p key={key} class="form-error" data-list={key}>
            {t(key)} {accountNames(accounts)}
          </p>
        ) : null,
      )}
    </div>
  );
}
