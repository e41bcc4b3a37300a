import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { failureMessage } from '../failures';
import { FormError, PasswordField } from '../Field';

/** Backups open with the vault password, or with one of their own (kept on paper, say). */
export function BackupPasswordForm({ separate, onChanged }: { separate: boolean; onChanged: () => void }) {
  const [vaultPassword, setVaultPassword] = useState('');
  const [backupPassword, setBackupPassword] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  async function save(next: string | null) {
    const result = await sendMessage('setBackupPassword', { vaultPassword, backupPassword: next });
    if (!result.ok) return setMessage({ error: true, text: failureMessage(result.reason) });
    setVaultPassword('');
    setBackupPassword('');
    setMessage({ error: false, text: t(next === null ? 'backupPasswordCleared' : 'backupPasswordSaved') });
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
      <h3 class="subsection__title">{t('backupPasswordTitle')}</h3>
      <p>{t(separate ? 'backupPasswordSeparate' : 'backupPasswordSame')}</p>
      <p class="hint">{t('backupPasswordHint')}</p>
      <PasswordField id="backup-vault-password" label={t('backupPasswordVaultLabel')} value={vaultPassword} onValue={setVaultPassword} purpose="current-password" />
      <PasswordField id="backup-new-password" label={t('backupPasswordNewLabel')} value={backupPassword} onValue={setBackupPassword} purpose="new-password" />
      {message?.error ? <FormError message={message.text} /> : message && <p class="form-ok">{message.text}</p>}
      <div class="row">
        <button type="submit" class="button" id="backup-password-set" disabled={!vaultPassword || !backupPassword}>
          {t('backupPasswordSet')}
        </button>
        {separate && (
          <button type="button" class="button button--ghost" id="backup-password-clear" disabled={!vaultPassword} onClick={() => void save(null)}>
            {t('backupPasswordUseVault')}
          </button>
        )}
      </div>
    </form>
  );
}
