import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import {
  sendMessage,
  type AccountDetails,
  type AccountNotes as Notes,
  type ProtocolMap,
} from '@/utils/messaging/protocol';
import { AccountNotes, splitLines } from './AccountNotes';
import { LostAccess } from './RecoveryKit';
import { exchangeForIssuer } from '@/utils/sites/issuers';
import { recoveryGuide } from '@/utils/sites/recovery';
import { ACCOUNT_LIMITS } from '@/utils/otp/limits';
import { editFailureMessage, failureMessage } from './failures';
import { Field } from './Field';
import { FormMessage, useFormOutcome } from './FormOutcome';
import { useClearOnLock } from './vault-lock';

interface EditAccountProps {
  id: string;
  /** Every account id in list order, for moving this one up or down. */
  ids: readonly string[];
  /** The groups the vault has, offered as the person types one. */
  groups: readonly string[];
  onDone: () => void;
}

type EditAnswer = Awaited<ReturnType<ProtocolMap['editAccount']>> | Awaited<ReturnType<ProtocolMap['moveAccount']>>;

/** Issuer, name, bound domains, pin and group, notes, recovery codes; move; delete after confirming. */
export function EditAccount({ id, ids, groups, onDone }: EditAccountProps) {
  const [details, setDetails] = useState<AccountDetails | null>(null);
  const [domains, setDomains] = useState('');
  const [notes, setNotes] = useState<Notes | null>(null);
  // The password the notes were shown for: saving them asks it again, as reading did.
  const [vaultPassword, setVaultPassword] = useState('');
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const { outcome, fail } = useFormOutcome();
  // Notes and recovery codes shown for the password go on a lock or a minute out of sight.
  useClearOnLock(notes !== null, () => {
    setNotes(null);
    setVaultPassword('');
  });

  useEffect(() => {
    void sendMessage('accountDetails', { id }).then((result) => {
      if (!result.ok) return fail(failureMessage(result.reason));
      setDetails(result.value);
      setDomains(result.value.domains.join(', '));
    });
  }, [id, fail]);

  if (!details) return <FormMessage outcome={outcome} />;
  const set = (changes: Partial<AccountDetails>) => setDetails({ ...details, ...changes });
  const finish = (result: EditAnswer) => (result.ok ? onDone() : fail(editFailureMessage(result)));

  async function save(event: Event) {
    event.preventDefault();
    const { issuer, label, pinned, group } = details!;
    // Notes and recovery codes change only when they were shown (for the vault password).
    const changes = { issuer, label, pinned, group, domains: splitLines(domains), ...notes };
    finish(await sendMessage('editAccount', { id, changes, ...(notes && { vaultPassword }) }));
  }

  async function move(offset: -1 | 1) {
    const neighbour = ids[ids.indexOf(id) + offset];
    if (!ids.includes(id) || neighbour === undefined) return;
    finish(await sendMessage('moveAccount', offset < 0 ? { id, before: neighbour } : { id, after: neighbour }));
  }

  return (
    <form class="stack panel" onSubmit={save} aria-labelledby="edit-title">
      <div class="panel__head">
        <h2 id="edit-title" class="section__title">
          {t('editAccount')}
        </h2>
        <button type="button" class="button button--ghost button--small" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
      <Field label={t('issuerLabel')}>
        <input
          id="edit-issuer"
          class="input"
          maxLength={ACCOUNT_LIMITS.maxNameLength}
          value={details.issuer}
          onInput={(e) => set({ issuer: e.currentTarget.value })}
        />
      </Field>
      <Field label={t('accountNameLabel')}>
        <input
          id="edit-label"
          class="input"
          maxLength={ACCOUNT_LIMITS.maxNameLength}
          value={details.label}
          onInput={(e) => set({ label: e.currentTarget.value })}
        />
      </Field>
      <Field label={t('domainsLabel')} hint={t('domainsHint')}>
        <input id="edit-domains" class="input" value={domains} onInput={(e) => setDomains(e.currentTarget.value)} />
      </Field>
      <label class="check">
        <input
          type="checkbox"
          id="edit-pinned"
          checked={details.pinned}
          onChange={(e) => set({ pinned: e.currentTarget.checked })}
        />
        {t('pinLabel')}
      </label>
      <Field label={t('groupLabel')} hint={t('groupHint')}>
        <input
          id="edit-group"
          class="input"
          list="edit-groups"
          maxLength={ACCOUNT_LIMITS.maxGroupLength}
          value={details.group}
          onInput={(e) => set({ group: e.currentTarget.value })}
        />
      </Field>
      <datalist id="edit-groups">
        {groups.map((group) => (
          <option key={group} value={group} />
        ))}
      </datalist>
      <AccountNotes
        id={id}
        issuer={details.issuer}
        notes={notes}
        onReveal={(shown, password) => {
          setNotes(shown);
          setVaultPassword(password);
        }}
        onChange={setNotes}
      />
      <LostAccessFor issuer={details.issuer} />
      <FormMessage outcome={outcome} />
      <button type="submit" class="button button--primary">
        {t('save')}
      </button>
      <div class="row">
        <button type="button" class="button button--small" disabled={ids[0] === id} onClick={() => void move(-1)}>
          {t('moveUp')}
        </button>
        <button type="button" class="button button--small" disabled={ids.at(-1) === id} onClick={() => void move(1)}>
          {t('moveDown')}
        </button>
      </div>
      {confirmingDelete ? (
        <div class="confirm" role="alertdialog" aria-labelledby="delete-question">
          <p id="delete-question">{t('deleteQuestion', details.issuer || details.label)}</p>
          <div class="row">
            <button type="button" class="button button--small" onClick={() => setConfirmingDelete(false)}>
              {t('cancel')}
            </button>
            <button
              type="button"
              class="button button--danger button--small"
              onClick={async () => finish(await sendMessage('deleteAccount', { id }))}
            >
              {t('deleteConfirm')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="button button--danger-ghost" onClick={() => setConfirmingDelete(true)}>
          {t('deleteAccount')}
        </button>
      )}
    </form>
  );
}

/** "Lost access?" for an account of a known exchange (no secret: shown without the password). */
function LostAccessFor({ issuer }: { issuer: string }) {
  const exchange = exchangeForIssuer(issuer);
  const guide = recoveryGuide(exchange?.id);
  return exchange && guide ? <LostAccess site={exchange.name} guide={guide} /> : null;
}
