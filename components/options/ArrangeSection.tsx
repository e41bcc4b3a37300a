import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { ACCOUNT_LIMITS } from '@/utils/otp/limits';
import type { AccountView } from '@/utils/otp/views';
import { editFailureMessage, failureMessage } from '../failures';
import { FormMessage, useFormOutcome } from '../FormOutcome';
import { groupsOf } from '../popup/arrange';

/**
 * Every account with its pin and group, in the person's order (`options.html#arrange`):
 * what the popup's edit screen sets one account at a time, for the whole collection. Each
 * change is saved as it is made (a group when the field is left).
 */
export function ArrangeSection() {
  const [accounts, setAccounts] = useState<readonly AccountView[] | null>(null);
  const outcome = useFormOutcome();
  const { fail } = outcome;

  const load = useCallback(async () => {
    const result = await sendMessage('listCodes');
    if (result.ok) setAccounts(result.value.accounts);
    else fail(failureMessage(result.reason));
  }, [fail]);
  useEffect(() => void load(), [load]);

  async function save(id: string, changes: { pinned?: boolean; group?: string }) {
    outcome.clear();
    const result = await sendMessage('editAccount', { id, changes });
    if (result.ok) outcome.succeed(t('optionsAccountsSaved'));
    else outcome.fail(editFailureMessage(result));
    await load();
  }

  if (!accounts?.length) return null;
  return (
    <section class="card stack" id="arrange" aria-labelledby="arrange-title">
      <h2 id="arrange-title" class="section__title">
        {t('optionsAccountsTitle')}
      </h2>
      <p class="hint">{t('optionsAccountsHint')}</p>
      <FormMessage outcome={outcome.outcome} />
      <ul class="arrange__list">
        {accounts.map((account) => {
          const name = [account.issuer, account.label].filter(Boolean).join(' — ');
          return (
            <li key={account.id} class="arrange__row" data-arrange-id={account.id}>
              <span class="arrange__name" id={`arrange-name-${account.id}`}>
                {name}
              </span>
              <label class="check">
                <input
                  type="checkbox"
                  class="arrange__pin"
                  checked={account.pinned}
                  aria-describedby={`arrange-name-${account.id}`}
                  onChange={(event) => void save(account.id, { pinned: event.currentTarget.checked })}
                />
                {t('pinned')}
              </label>
              <label class="arrange__group">
                <span class="visually-hidden">{t('groupLabel')}</span>
                <input
                  class="input arrange__group-input"
                  list="arrange-groups"
                  placeholder={t('groupLabel')}
                  maxLength={ACCOUNT_LIMITS.maxGroupLength}
                  value={account.group}
                  aria-describedby={`arrange-name-${account.id}`}
                  onChange={(event) => void save(account.id, { group: event.currentTarget.value })}
                />
              </label>
            </li>
          );
        })}
      </ul>
      <datalist id="arrange-groups">
        {groupsOf(accounts).map((group) => (
          <option key={group} value={group} />
        ))}
      </datalist>
    </section>
  );
}
