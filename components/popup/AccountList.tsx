import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { AccountView } from '@/utils/otp/views';
import type * as Search from '@/utils/sites/search';
import { copyCode } from '../clipboard';
import { accountRows, type AccountRows, type RowAction } from './account-rows';
import { arrange, groupsOf, keyboardMove, sameSection, type Arranged, type Destination } from './arrange';

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
  /** Moves an account before or after another; resolves once the list shows it there. */
  onMove: (id: string, to: Destination) => Promise<void>;
}

const COPIED_FOR_MS = 1_500;

/** Each account's search text, made once per account view (a new one comes each code step). */
const searchTexts = new WeakMap<AccountView, string>();

type AccountSearch = (accounts: readonly AccountView[], query: string) => readonly AccountView[];

/**
 * The search, with the exchanges' spellings it reads: loaded after the codes' first frame (the
 * popup's first script stays small), long before anyone has typed a word.
 */
function useSearch(): AccountSearch | null {
  const [search, setSearch] = useState<typeof Search | null>(null);
  useEffect(() => {
    void import('@/utils/sites/search').then(setSearch);
  }, []);
  return useMemo(() => {
    if (!search) return null;
    const textOf = (account: AccountView) => {
      let text = searchTexts.get(account);
      if (text === undefined) searchTexts.set(account, (text = search.searchText(account)));
      return text;
    };
    const find: AccountSearch = (accounts, query) => search.matchAccounts(accounts, query, textOf);
    return find;
  }, [search]);
}

/**
 * Search (focused on open, and on `/`), a group filter, the codes: the tab's site's accounts
 * first, then the pinned. Arrows move the focus through the rows' codes, Alt+arrows move the
 * focused row (as dragging its badge does), and Enter copies the focused one (or, in the
 * search, the first match).
 */
export function AccountList(props: AccountListProps) {
  const { accounts, conflicts, now, fillSite, onFill, onAdd, onScan, onEdit, onNextHotp, onMove } = props;
  const [query, setQuery] = useState('');
  const [group, setGroup] = useState<string | null>(null);
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const [moved, setMoved] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const rows = useRef<AccountRows | null>(null);
  const groups = useMemo(() => groupsOf(accounts), [accounts]);
  const search = useSearch();
  // A group that no longer exists (its last account moved out) shows every account again.
  const chosenGroup = group !== null && groups.includes(group) ? group : null;
  // Typed before the search has loaded (a moment after the first frame): filtered once it has.
  const found = useMemo(() => (search ? search(accounts, query) : accounts), [search, accounts, query]);
  const arranged = useMemo(
    () => arrange(found, { site: fillSite, group: chosenGroup }),
    [found, fillSite, chosenGroup],
  );
  const shown = useMemo(() => arranged.map((row) => row.account), [arranged]);
  // The rows' drag listener calls the latest of these, with this render's rows.
  const arrangedRef = useRef<readonly Arranged[]>(arranged);
  arrangedRef.current = arranged;
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

  // Dragging is loaded after the codes' frame: nobody drags before seeing the rows.
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    let stop = () => undefined as void;
    let live = true;
    void import('./row-drag').then(({ dragRows }) => {
      if (live) stop = dragRows(list, (id, to) => void (sameSection(arrangedRef.current, id, to) && move(id, to)));
    });
    return () => {
      live = false;
      stop();
    };
    // The list element lives as long as the component; `move` reads refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [accounts.length === 0]);

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

  /** Moves a row, then puts the focus back on its code and says where it went. */
  async function move(id: string, to: Destination) {
    await onMove(id, to);
    const place = arrangedRef.current.findIndex((row) => row.account.id === id);
    if (place < 0) return;
    listRef.current?.querySelector<HTMLElement>(`[data-account-id="${CSS.escape(id)}"] .account__code`)?.focus();
    setMoved(t('movedTo', [String(place + 1), String(arrangedRef.current.length)]));
  }

  function onKeyDown(event: KeyboardEvent) {
    const inSearch = event.target === searchRef.current;
    const arrow = event.key === 'ArrowDown' || event.key === 'ArrowUp';
    const rowId = (event.target as Element).closest('[data-account-id]')?.getAttribute('data-account-id');
    if (inSearch && event.key === 'Enter' && shown[0]) void copy(shown[0]);
    else if (arrow && event.altKey && rowId) {
      const to = keyboardMove(arranged, rowId, event.key === 'ArrowUp' ? 'up' : 'down');
      if (to) void move(rowId, to);
    } else if (arrow) moveFocus(event.target as Element, event.key);
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
        {groups.length > 0 && (
          <label class="group-filter">
            <span class="group-filter__label">{t('groupFilterLabel')}</span>
            <select
              class="input"
              id="group-filter"
              value={chosenGroup ?? ''}
              onChange={(event) => setGroup(event.currentTarget.value || null)}
            >
              <option value="">{t('groupAll')}</option>
              {groups.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {shown.length === 0 && <p class="hint empty-search">{t('searchNoMatch')}</p>}
      {/* Its rows are not Preact's: see account-rows.ts. */}
      <ul class="account-list" ref={listRef} />
      <p class="visually-hidden" role="status" id="move-status">
        {moved}
      </p>
    </div>
  );
}

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));

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
