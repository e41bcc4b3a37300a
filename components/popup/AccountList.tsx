import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { AccountView } from '@/utils/otp/views';
import { copyCode } from '../clipboard';
import { accountRows, type AccountRows, type RowAction } from './account-rows';

interface AccountListProps {
  accounts: readonly AccountView[];
  /** Conflict copies: id → the account each was split from. */
  conflicts: Readonly<Record<string, string>>;
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

/**
 * Search (focused on open, and on `/`), the codes; arrows move the focus through the rows'
 * codes, and Enter copies the focused one (or, in the search, the first match).
 */
export function AccountList(props: AccountListProps) {
  const { accounts, conflicts, now, fillSite, onFill, onAdd, onScan, onEdit, onNextHotp } = props;
  const [query, setQuery] = useState('');
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
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
      shown.map((account) => ({
        account,
        copied: copiedId === account.id,
        conflict: conflicts[account.id] !== undefined,
        canFill: canFill(account),
      })),
      now,
    );
  });

  useEffect(() => {
    const toSearch = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
      event.preventDefault();
      searchRef.current?.focus();
    };
    document.addEventListener('keydown', toSearch);
    return () => document.removeEventListener('keydown', toSearch);
  }, []);

  async function copy(account: AccountView) {
    await copyCode(account.code);
    setCopiedId(account.id);
    setTimeout(() => setCopiedId((current) => (current === account.id ? null : current)), COPIED_FOR_MS);
  }

  function onKeyDown(event: KeyboardEvent) {
    const inSearch = event.target === searchRef.current;
    if (inSearch && event.key === 'Enter' && shown[0]) void copy(shown[0]);
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') moveFocus(event.target as Element, event.key);
    else return;
    event.preventDefault();
  }

  /** To the next or previous row's code; up from the first row, back to the search. */
  function moveFocus(from: Element, key: 'ArrowDown' | 'ArrowUp') {
    const codes = Array.from(listRef.current?.querySelectorAll<HTMLElement>('.account__code') ?? []);
    const row = from.closest('[data-account-id]');
    const index = row ? codes.findIndex((code) => row.contains(code)) : -1;
    const next = key === 'ArrowDown' ? Math.min(index + 1, codes.length - 1) : index - 1;
    (next < 0 ? searchRef.current : codes[next])?.focus();
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
          ref={searchRef}
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

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));

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
