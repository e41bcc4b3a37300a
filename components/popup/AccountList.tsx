import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { AccountView } from '@/utils/otp/views';
import { copyCode } from '../clipboard';
import { accountRows, type AccountRows, type RowAction } from './account-rows';

interface AccountListProps {
  accounts: readonly AccountView[];
  now: number;
  /** The site of the page the popup acts on, when codes may go there. */
  fillSite: string | null;
  onFill: (account: AccountView) => void;
  onAdd: () => void;
  onScan: () => void;
  onEdit: (id: string) => void;
  onNextHotp: (id: string) => void;
}

const COPIED_FOR_MS = 1_500;

/** Search (focused on open), the codes, and arrows + Enter to copy without a mouse. */
export function AccountList({ accounts, now, fillSite, onFill, onAdd, onScan, onEdit, onNextHotp }: AccountListProps) {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const rows = useRef<AccountRows | null>(null);
  const shown = useMemo(() => filterAccounts(accounts, query), [accounts, query]);
  const canFill = (account: AccountView) =>
    fillSite !== null && (account.domains.length === 0 || account.domains.includes(fillSite));

  // The rows' one listener calls the latest of these, with this render's accounts.
  const act = useRef<(action: RowAction, id: string) => void>();
  act.current = (action, id) => {
    const account = shown.find((candidate) => candidate.id === id);
    if (!account) return;
    if (action === 'fill') onFill(account);
    else if (action === 'copy') void copy(account);
    else if (action === 'next') onNextHotp(id);
    else onEdit(id);
  };

  // Before the frame is painted, so the first one already has every code.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    if (rows.current?.list !== list) rows.current = accountRows(list, (action, id) => act.current?.(action, id));
    rows.current.render(
      shown.map((account, index) => ({
        account,
        selected: index === selected,
        copied: copiedId === account.id,
        canFill: canFill(account),
      })),
      now,
    );
  });

  useEffect(() => setSelected(0), [query]);
  useEffect(() => {
    listRef.current?.querySelector('[data-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  async function copy(account: AccountView) {
    await copyCode(account.code);
    setCopiedId(account.id);
    setTimeout(() => setCopiedId((current) => (current === account.id ? null : current)), COPIED_FOR_MS);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') setSelected((index) => Math.min(index + 1, shown.length - 1));
    else if (event.key === 'ArrowUp') setSelected((index) => Math.max(index - 1, 0));
    else if (event.key === 'Enter' && shown[selected]) void copy(shown[selected]);
    else return;
    event.preventDefault();
  }

  if (accounts.length === 0) return <EmptyState onAdd={onAdd} onScan={onScan} />;

  return (
    <div class="accounts" onKeyDown={onKeyDown}>
      <div class="toolbar">
        <input
          class="input search"
          type="search"
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchPlaceholder')}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          autoFocus
        />
        <button type="button" class="button button--small" id="scan" onClick={onScan}>
          {t('scanQr')}
        </button>
        <button type="button" class="button button--primary button--small" data-testid="add-account" onClick={onAdd}>
          {t('addAccount')}
        </button>
      </div>
      {shown.length === 0 && <p class="hint empty-search">{t('searchNoMatch')}</p>}
      {/* Its rows are not Preact's: see account-rows.ts. */}
      <ul class="account-list" ref={listRef} />
    </div>
  );
}

function filterAccounts(accounts: readonly AccountView[], query: string): readonly AccountView[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return accounts;
  return accounts.filter((account) => {
    const haystack = [account.issuer, account.label, ...account.domains].join(' ').toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

function EmptyState({ onAdd, onScan }: { onAdd: () => void; onScan: () => void }) {
  return (
    <div class="empty card">
      <h2 class="section__title">{t('emptyTitle')}</h2>
      <p>{t('emptyExplain')}</p>
      <button type="button" class="button button--primary" id="scan" onClick={onScan}>
        {t('scanTitle')}
      </button>
      <button type="button" class="button" id="add-first" onClick={onAdd}>
        {t('addFirstAccount')}
      </button>
    </div>
  );
}
