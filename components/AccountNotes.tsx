import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage, type AccountNotes as Notes } from '@/utils/messaging/protocol';
import { failureMessage } from './failures';
import { exchangeForIssuer } from '@/utils/sites/issuers';
import { recoveryGuide } from '@/utils/sites/recovery';
import { Field, PasswordField } from './Field';
import { FormMessage, useFormOutcome } from './FormOutcome';
import { RecoveryKit } from './RecoveryKit';
import { locksSeen } from './vault-lock';

interface AccountNotesProps {
  id: string;
  /** The account's issuer: a known exchange's recovery kit is shown with the notes. */
  issuer: string;
  /** The revealed notes, or null while they are hidden. */
  notes: Notes | null;
  /** Shown for `vaultPassword`: the edit that saves them needs it again. */
  onReveal: (notes: Notes, vaultPassword: string) => void;
  onChange: (notes: Notes) => void;
}

export const splitLines = (text: string) =>
  text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter(Boolean);

/** Notes and recovery codes get past 2FA: shown, and editable, only after the vault password. */
export function AccountNotes({ id, issuer, notes, onReveal, onChange }: AccountNotesProps) {
  const exchange = exchangeForIssuer(issuer);
  const guide = recoveryGuide(exchange?.id);
  const [password, setPassword] = useState('');
  const { outcome, fail } = useFormOutcome();
  // As typed (a new line stays while typing); the list is what is saved.
  const [codesText, setCodesText] = useState('');

  async function reveal(event: Event) {
    event.preventDefault();
    const locks = locksSeen();
    const vaultPassword = password;
    const result = await sendMessage('accountNotes', { id, vaultPassword });
    setPassword('');
    if (!result.ok) return fail(failureMessage(result.reason));
    // Notes that crossed a lock on their way are not shown.
    if (locksSeen() !== locks) return fail(failureMessage('locked'));
    setCodesText(result.value.recoveryCodes.join('\n'));
    onReveal(result.value, vaultPassword);
  }

  if (!notes) {
    return (
      <fieldset class="stack reveal">
        <legend class="field__label">{t('showNotes')}</legend>
        <p class="hint">{t('notesLockedHint')}</p>
        <PasswordField
          id="notes-password"
          label={t('vaultPasswordLabel')}
          value={password}
          onValue={setPassword}
          purpose="current-password"
        />
        <FormMessage outcome={outcome} />
        <button
          type="button"
          class="button button--small"
          id="notes-reveal"
          disabled={!password}
          onClick={(event) => void reveal(event)}
        >
          {t('showNotes')}
        </button>
      </fieldset>
    );
  }
  return (
    <>
      <Field label={t('notesLabel')}>
        <textarea
          id="edit-notes"
          class="input"
          rows={2}
          value={notes.notes}
          onInput={(e) => onChange({ ...notes, notes: e.currentTarget.value })}
        />
      </Field>
      <Field label={t('recoveryCodesLabel')} hint={t('recoveryCodesHint')}>
        <textarea
          id="edit-recovery"
          class="input code-input"
          rows={3}
          value={codesText}
          onInput={(e) => {
            setCodesText(e.currentTarget.value);
            onChange({ ...notes, recoveryCodes: splitLines(e.currentTarget.value) });
          }}
        />
      </Field>
      {exchange && guide && (
        <RecoveryKit
          site={exchange.name}
          guide={guide}
          kit={notes.recoveryKit}
          onChange={(recoveryKit) => onChange({ ...notes, recoveryKit })}
        />
      )}
    </>
  );
}
