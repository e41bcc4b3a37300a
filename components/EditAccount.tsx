import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage, type AccountDetails } from '@/utils/messaging/protocol';
import { failureMessage } from './failures';
import { Field, FormError } from './Field';

interface EditAccountProps {
  id: string;
  /** Every account id in list order, for moving this one up or down. */
  ids: readonly string[];
  onDone: () => void;
}

const splitLines = (text: string) => text.split(/[\n,]/).map((line) => line.trim()).filter(Boolean);

/** Issuer, name, bound domains, notes, recovery codes; move; delete after confirming. */
export function EditAccount({ id, ids, onDone }: EditAccountProps) {
  const [details, setDetails] = useState<AccountDetails | null>(null);
  const [domains, setDomains] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState('');
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void sendMessage('accountDetails', { id }).then((result) => {
      if (!result.ok) return setError(failureMessage(result.reason));
      setDetails(result.value);
      setDomains(result.value.domains.join(', '));
      setRecoveryCodes(result.value.recoveryCodes.join('\n'));
    });
  }, [id]);

  if (!details) return <FormError message={error} />;
  const set = (changes: Partial<AccountDetails>) => setDetails({ ...details, ...changes });
  const finish = (result: { ok: true } | { ok: false; reason: 'locked' | 'forbidden' | 'not-found' }) =>
    result.ok ? onDone() : setError(failureMessage(result.reason));

  async function save(event: Event) {
    event.preventDefault();
    const { issuer, label, notes } = details!;
    const changes = { issuer, label, notes, domains: splitLines(domains), recoveryCodes: splitLines(recoveryCodes) };
    finish(await sendMessage('editAccount', { id, changes }));
  }

  async function move(offset: -1 | 1) {
    const order = [...ids];
    const from = order.indexOf(id);
    const to = from + offset;
    if (from < 0 || to < 0 || to >= order.length) return;
    [order[from], order[to]] = [order[to]!, order[from]!];
    finish(await sendMessage('reorderAccounts', { ids: order }));
  }

  return (
    <form class="stack panel" onSubmit={save} aria-labelledby="edit-title">
      <div class="panel__head">
        <h2 id="edit-title" class="section__title">{t('editAccount')}</h2>
        <button type="button" class="button button--ghost button--small" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
      <Field label={t('issuerLabel')}>
        <input id="edit-issuer" class="input" value={details.issuer} onInput={(e) => set({ issuer: e.currentTarget.value })} />
      </Field>
      <Field label={t('accountNameLabel')}>
        <input id="edit-label" class="input" value={details.label} onInput={(e) => set({ label: e.currentTarget.value })} />
      </Field>
      <Field label={t('domainsLabel')} hint={t('domainsHint')}>
        <input id="edit-domains" class="input" value={domains} onInput={(e) => setDomains(e.currentTarget.value)} />
      </Field>
      <Field label={t('notesLabel')}>
        <textarea id="edit-notes" class="input" rows={2} value={details.notes} onInput={(e) => set({ notes: e.currentTarget.value })} />
      </Field>
      <Field label={t('recoveryCodesLabel')} hint={t('recoveryCodesHint')}>
        <textarea
          id="edit-recovery"
          class="input code-input"
          rows={3}
          value={recoveryCodes}
          onInput={(e) => setRecoveryCodes(e.currentTarget.value)}
        />
      </Field>
      <FormError message={error} />
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
