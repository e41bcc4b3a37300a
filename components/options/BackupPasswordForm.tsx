import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { failureMessage } from '../failures';
import { PasswordField } from '../Field';
import { FormMessage, useFormOutcome } from '../FormOutcome';

/** Backups open with the vault password, or with one of their own (kept on paper, say). */
export function BackupPasswordForm({ separate, onChanged }: { separate: boolean; onChanged: () => void }) {
  const [vaultPassword, setVaultPassword] = useState('');
  const [backupPassword, setBackupPassword] = useState('');
  const { outcome, fail, succeed } = useFormOutcome();

  async function save(next: string | null) {
    const result = await sendMessage('setBackupPassword', { vaultPassword, backupPassword: next });
    if (!result.ok) return fail(failureMessage(result.reason));
    setVaultPassword('');
    setBackupPassword('');
    succeed(t(next === null ? 'backupPasswordCleared' : 'backupPasswordSaved'));
    onChanged();
  }

  return (
    <form
      class="stack"
      id="backup-password"
      data-separate={separate}
      onSubmit={(event) => {
        event.preventDefault();
        void save(backupPassword);
      }}
    >
      <details class="disclosure">
        <summary>
          <strong>{t('backupPasswordTitle')}</strong> · {t(separate ? 'backupPasswordSeparate' : 'backupPasswordSame')}
        </summary>
        <div class="stack disclosure__body">
          <p class="hint">{t('backupPasswordHint')}</p>
          <PasswordField
            id="backup-vault-password"
            label={t('vaultPasswordLabel')}
            value={vaultPassword}
            onValue={setVaultPassword}
            purpose="current-password"
          />
          <PasswordField
            id="backup-new-password"
            label={t('backupPasswordNewLabel')}
            value={backupPassword}
            onValue={setBackupPassword}
            purpose="new-password"
          />
          <div class="row">
            <button type="submit" class="button" id="backup-password-set" disabled={!vaultPassword || !backupPassword}>
              {t('backupPasswordSet')}
            </button>
            {separate && (
              <button
                type="button"
                class="button button--ghost"
                id="backup-password-clear"
                disabled={!vaultPassword}
                onClick={() => void save(null)}
              >
                {t('backupPasswordUseVault')}
              </button>
            )}
          </div>
        </div>
      </details>
      <FormMessage outcome={outcome} />
    </form>
  );
}
