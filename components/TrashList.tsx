import { useCallback, useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '@/utils/i18n';
import { sendMessage, type Locked, type Result, type TrashedView } from '@/utils/messaging/protocol';
import { failureMessage } from './failures';
import { FormMessage, useFormOutcome } from './FormOutcome';

/**
 * "Recently deleted", in the popup and the options: each deleted account with when it was
 * deleted, restored with one click, or deleted for good after a second one.
 */
export function TrashList({ onChanged }: { onChanged?: () => void }) {
  const [trash, setTrash] = useState<readonly TrashedView[] | null>(null);
  const outcome = useFormOutcome();

  const { fail } = outcome;
  const load = useCallback(async () => {
    const result = await sendMessage('listTrash');
    if (result.ok) setTrash(result.value);
    else fail(failureMessage(result.reason));
  }, [fail]);
  useEffect(() => void load(), [load]);

  async function act(result: Promise<Result<null, Locked | 'not-found'>>) {
    outcome.clear();
    const answer = await result;
    if (!answer.ok) outcome.fail(failureMessage(answer.reason));
    await load();
    onChanged?.();
  }

  const date = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div class="stack trash" data-testid="trash" data-count={trash?.length ?? ''}>
      <p class="hint">{t('trashHint')}</p>
      <FormMessage outcome={outcome.outcome} />
      {trash?.length === 0 && <p class="trash__empty">{t('trashEmpty')}</p>}
      {trash && trash.length > 0 && (
        <ul class="trash__list">
          {trash.map((item) => (
            <TrashRow
              key={item.id}
              item={item}
              deletedAt={t('trashDeletedAt', date.format(item.deletedAt))}
              onRestore={() => void act(sendMessage('restoreFromTrash', { id: item.id }))}
              onDelete={() => void act(sendMessage('deleteForGood', { ids: [item.id] }))}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

interface TrashRowProps {
  item: TrashedView;
  deletedAt: string;
  onRestore: () => void;
  onDelete: () => void;
}

function TrashRow({ item, deletedAt, onRestore, onDelete }: TrashRowProps) {
  const [confirming, setConfirming] = useState(false);
  const title = item.issuer || item.label;
  const nameId = `trash-name-${item.id}`;
  return (
    <li class="trash__item" data-trash-id={item.id}>
      <div class="trash__names" id={nameId}>
        <span class="trash__issuer">{title}</span>
        {item.issuer && item.label && <span class="trash__label">{item.label}</span>}
        <span class="trash__date">{deletedAt}</span>
      </div>
      {confirming ? (
        <div class="confirm" role="alertdialog" aria-labelledby={`${nameId}-question`}>
          <p id={`${nameId}-question`}>{t('trashDeleteQuestion', title)}</p>
          <div class="row">
            <button type="button" class="button button--small" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
            <button
              type="button"
              class="button button--danger button--small"
              data-testid="trash-delete-confirm"
              onClick={onDelete}
            >
              {t('trashDeleteForGood')}
            </button>
          </div>
        </div>
      ) : (
        <div class="row trash__actions">
          <button
            type="button"
            class="button button--primary button--small"
            data-testid="trash-restore"
            aria-describedby={nameId}
            onClick={onRestore}
          >
            {t('trashRestore')}
          </button>
          <button
            type="button"
            class="button button--danger-ghost button--small"
            data-testid="trash-delete"
            aria-describedby={nameId}
            onClick={() => setConfirming(true)}
          >
            {t('trashDeleteForGood')}
          </button>
        </div>
      )}
    </li>
  );
}
