import { t } from '@/utils/i18n';
import type { AccountView } from '@/utils/otp/views';
import { groupCode } from '../code-format';
import { element } from '@/utils/dom';

/**
 * The popup's account rows, built without a virtual DOM: each row is a clone of one
 * prepared row with its texts set (never parsed from a string, so no name is ever markup),
 * and each second only what changed is patched (the ring, a new code), so a row under the
 * pointer or the keyboard focus is never replaced while it counts down. At 200 accounts
 * this takes about half of Preact's time before the first paint (`npm run bench`).
 */

const URGENT_MS = 5_000;

/** What a row shows besides its account. */
export interface RowState {
  readonly account: AccountView;
  readonly copied: boolean;
  /** A conflict copy (edited on two browsers at once), marked until the person keeps one. */
  readonly conflict: boolean;
  /** The page in front is this account's site (or it has none yet). */
  readonly canFill: boolean;
}

export type RowAction = 'fill' | 'copy' | 'next' | 'edit';

export interface AccountRows {
  readonly list: HTMLUListElement;
  render(rows: readonly RowState[], now: number): void;
}

/** The parts of one row that change while it is shown. */
interface RowView {
  readonly li: HTMLLIElement;
  /** Names, sites and buttons: a change rebuilds the row. */
  readonly fixed: string;
  /** The state last drawn: the same objects again (most seconds) need no comparing. */
  drawn: RowState;
  readonly code: HTMLElement;
  /** The code as a screen reader says it. */
  readonly spoken: HTMLElement;
  readonly codeButton: HTMLElement;
  readonly ring: HTMLElement | null;
  /** Whose code it is, for the code's spoken name. */
  readonly name: string;
  note: HTMLElement | null;
  shown: string;
}

/** Rows of `list`, with one click listener for all of them. */
export function accountRows(list: HTMLUListElement, onAction: (action: RowAction, id: string) => void): AccountRows {
  const prototype = prototypeRow();
  let views: RowView[] = [];

  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-action]');
    const id = button?.closest('[data-account-id]')?.getAttribute('data-account-id');
    if (button && id) onAction(button.dataset.action as RowAction, id);
  });

  function render(rows: readonly RowState[], now: number): void {
    const sameRows =
      rows.length === views.length && rows.every((row, index) => row.account.id === views[index]!.drawn.account.id);
    if (!sameRows) {
      views = rows.map((row) => build(prototype, row, now));
      list.replaceChildren(...views.map((view) => view.li));
      return;
    }
    views = rows.map((row, index) => {
      const view = views[index]!;
      const same =
        (view.drawn.account === row.account &&
          view.drawn.canFill === row.canFill &&
          view.drawn.conflict === row.conflict) ||
        view.fixed === fixedKey(row);
      if (same) return update(view, row, now);
      const rebuilt = build(prototype, row, now);
      view.li.replaceWith(rebuilt.li);
      return rebuilt;
    });
  }

  return { list, render };
}

const fixedKey = ({ account, canFill, conflict }: RowState) =>
  JSON.stringify([
    account.issuer,
    account.label,
    account.domains,
    account.recoveryReady,
    account.type,
    account.pinned,
    account.icon,
    canFill,
    conflict,
  ]);

function build(prototype: HTMLLIElement, row: RowState, now: number): RowView {
  const { account, canFill, conflict } = row;
  const li = prototype.cloneNode(true) as HTMLLIElement;
  const [avatar, names, codeButton, fill, ring, hotpNext] = Array.from(li.children) as HTMLElement[];
  const [issuer, label, site, conflictNote, pinnedNote] = Array.from(names!.children) as HTMLElement[];
  const title = account.issuer || account.label;
  const sites = account.domains.join(' · ');
  li.dataset.accountId = account.id;
  // A known exchange's badge from our own files; a letter otherwise. Nothing is fetched.
  if (account.icon) avatar!.append(element('img', { class: 'account__icon', src: account.icon, alt: '' }));
  else avatar!.textContent = title.slice(0, 1).toUpperCase();
  issuer!.firstChild!.textContent = title;
  if (!account.recoveryReady) issuer!.lastElementChild!.remove();
  if (account.issuer && account.label) label!.append(...breakable(account.label));
  else label!.remove();
  site!.textContent = sites || t('accountNoSite');
  site!.dataset.unbound = String(account.domains.length === 0);
  if (!conflict) conflictNote!.remove();
  if (!account.pinned) pinnedNote!.remove();
  if (!canFill) fill!.remove();
  if (account.step) hotpNext!.remove();
  else ring!.remove();
  const view: RowView = {
    li,
    fixed: fixedKey(row),
    code: codeButton!.firstElementChild as HTMLElement,
    spoken: codeButton!.lastElementChild as HTMLElement,
    codeButton: codeButton!,
    ring: account.step ? ring! : null,
    name: [title, account.issuer && account.label].filter(Boolean).join(' '),
    note: null,
    shown: '',
    drawn: row,
  };
  return update(view, row, now);
}

/** Patches what changed since the row was last drawn: nothing, most seconds, but the ring. */
function update(view: RowView, row: RowState, now: number): RowView {
  const { account, copied } = row;
  view.drawn = row;
  const left = account.step ? Math.max(0, account.step.end - now) : 0;
  const urgent = account.step !== null && left <= URGENT_MS;
  const next = urgent ? account.nextCode : null;
  // Codes are digits or Steam's letters: '|' cannot run two values together.
  const shown = `${account.code}|${next ?? ''}|${urgent}|${copied}`;
  if (shown !== view.shown) {
    view.shown = shown;
    // Translated only when it changes (a substitution is not cached by t()).
    const note = copied ? t('copied') : next ? t('nextCode', groupCode(next)) : '';
    view.code.textContent = groupCode(account.code);
    // Spoken with whose code it is, digit by digit ("1 2 3", not "one hundred and
    // twenty-three"); the button's title says what it does.
    view.spoken.textContent = `${view.name}, ${spelled(account.code)}`;
    view.codeButton.dataset.urgent = String(urgent);
    view.note?.remove();
    view.note = note ? noteOf(note, copied) : null;
    if (view.note) view.codeButton.append(view.note);
  }
  if (view.ring && account.step) {
    view.ring.dataset.urgent = String(urgent);
    view.ring.style.setProperty('--left', `${((left / (account.step.end - account.step.start)) * 360).toFixed(1)}deg`);
    view.ring.textContent = String(Math.ceil(left / 1000));
  }
  return view;
}

/** An e-mail that must wrap breaks before its `@`, not wherever the line runs out. */
function breakable(name: string): (Node | string)[] {
  const at = name.lastIndexOf('@');
  return at > 0 ? [name.slice(0, at), document.createElement('wbr'), name.slice(at)] : [name];
}

const spelled = (code: string) => code.split('').join(' ');

function noteOf(text: string, copied: boolean): HTMLElement {
  return element('span', { class: copied ? 'account__copied' : 'account__next' }, text);
}

/**
 * Every part a row can have, translated once; `build` removes what an account does not
 * show. A ring shows how long the code has left, the seconds inside: one element with a
 * conic gradient, not an SVG per row.
 */
function prototypeRow(): HTMLLIElement {
  const button = (attributes: Record<string, string>, ...children: (Node | string)[]) =>
    element('button', { type: 'button', ...attributes }, ...children);
  const labelled = (text: string) => ({ title: text, 'aria-label': text });
  return element(
    'li',
    { class: 'account' },
    // Also what a row is dragged by (row-drag.ts); the keyboard's way is Alt+↑/↓ on the code.
    element('span', { class: 'account__avatar', 'aria-hidden': 'true', draggable: 'true', title: t('moveHandle') }),
    element(
      'div',
      { class: 'account__names' },
      element(
        'span',
        { class: 'account__issuer', 'data-testid': 'account-issuer' },
        document.createTextNode(''),
        element('span', { class: 'account__ready', ...labelled(t('recoveryReady')) }, '✓'),
      ),
      element('span', { class: 'account__label', 'data-testid': 'account-label' }),
      element('span', { class: 'account__site' }),
      element('span', { class: 'account__conflict', 'data-testid': 'account-conflict' }, t('conflictCopy')),
      element('span', { class: 'account__pinned', 'data-testid': 'account-pinned' }, t('pinned')),
    ),
    button(
      { class: 'account__code', title: t('copyCode'), 'data-action': 'copy' },
      element('span', { class: 'code', 'data-testid': 'account-code', 'aria-hidden': 'true' }),
      element('span', { class: 'visually-hidden' }),
    ),
    button({ class: 'account__fill', 'data-testid': 'account-fill', 'data-action': 'fill' }, t('fillInTab')),
    element('span', { class: 'ring', 'aria-hidden': 'true' }),
    button({ class: 'icon-button account__hotp', 'data-action': 'next', ...labelled(t('hotpNext')) }, '↻'),
    button(
      {
        class: 'icon-button account__edit',
        'data-testid': 'account-edit',
        'data-action': 'edit',
        ...labelled(t('editAccount')),
      },
      '⋯',
    ),
  );
}
