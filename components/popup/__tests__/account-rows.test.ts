// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { AccountView } from '@/utils/otp/views';
import { accountRows, type RowAction, type RowState } from '../account-rows';

const STEP = { start: 30_000, end: 60_000 };

function view(id: string, changes: Partial<AccountView> = {}): AccountView {
  return {
    id,
    type: 'totp',
    issuer: 'bitFlyer',
    label: `taro-${id}`,
    domains: ['bitflyer.com'],
    pinned: false,
    group: '',
    icon: null,
    recoveryReady: false,
    code: '123456',
    nextCode: '654321',
    step: STEP,
    ...changes,
  };
}

const row = (account: AccountView, changes: Partial<RowState> = {}): RowState => ({
  account,
  copied: false,
  conflict: false,
  canFill: false,
  ...changes,
});

let list: HTMLUListElement;
let actions: [RowAction, string][];
const rowsOf = () => Array.from(list.querySelectorAll<HTMLLIElement>('[data-account-id]'));
const text = (li: Element, selector: string) => li.querySelector(selector)?.textContent ?? null;

// The key and its substitutions stand for the translated text.
vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key, substitutions) =>
  [key, ...[substitutions ?? []].flat()].join(' '),
);

beforeEach(() => {
  list = document.createElement('ul');
  document.body.replaceChildren(list);
  actions = [];
});

describe('accountRows', () => {
  it('shows each account’s names, site, grouped code and seconds left, in order', () => {
    accountRows(list, () => undefined).render([row(view('a')), row(view('b', { issuer: '', domains: [] }))], 40_000);
    const [first, second] = rowsOf();
    expect(rowsOf().map((li) => li.dataset.accountId)).toEqual(['a', 'b']);
    expect(text(first!, '[data-testid="account-issuer"]')).toBe('bitFlyer');
    expect(text(first!, '[data-testid="account-label"]')).toBe('taro-a');
    expect(text(first!, '[data-testid="account-code"]')).toBe('123 456');
    expect(text(first!, '.ring')).toBe('20');
    // No issuer: the label is the title, shown once, and the row says it has no site yet.
    expect(text(second!, '[data-testid="account-issuer"]')).toBe('taro-b');
    expect(second!.querySelector('[data-testid="account-label"]')).toBeNull();
    expect(second!.querySelector('.account__site')?.getAttribute('data-unbound')).toBe('true');
  });

  it('names each code with its account and spells it digit by digit for screen readers', () => {
    accountRows(list, () => undefined).render([row(view('a')), row(view('b', { issuer: '' }))], 40_000);
    const [first, second] = rowsOf();
    // The grouped code is shown, not spoken.
    expect(first!.querySelector('[data-testid="account-code"]')?.getAttribute('aria-hidden')).toBe('true');
    expect(text(first!, '.account__code .visually-hidden')).toBe('bitFlyer taro-a, 1 2 3 4 5 6');
    expect(text(second!, '.account__code .visually-hidden')).toBe('taro-b, 1 2 3 4 5 6');
  });

  it('shows a known exchange’s badge from the extension’s files, a letter otherwise, and a pinned mark', () => {
    const icon = '/icons/exchanges/bitflyer.svg';
    accountRows(list, () => undefined).render(
      [row(view('a', { icon, pinned: true })), row(view('b', { issuer: 'zeta' }))],
      40_000,
    );
    const [first, second] = rowsOf();
    expect(first!.querySelector('.account__avatar img')?.getAttribute('src')).toBe(icon);
    expect(text(first!, '[data-testid="account-pinned"]')).toBe('pinned');
    expect(second!.querySelector('.account__avatar img')).toBeNull();
    expect(text(second!, '.account__avatar')).toBe('Z');
    expect(second!.querySelector('[data-testid="account-pinned"]')).toBeNull();
  });

  it('marks a conflict copy until it is no longer one', () => {
    const rows = accountRows(list, () => undefined);
    rows.render([row(view('a'), { conflict: true }), row(view('b'))], 40_000);
    expect(text(rowsOf()[0]!, '[data-testid="account-conflict"]')).toBe('conflictCopy');
    expect(rowsOf()[1]!.querySelector('[data-testid="account-conflict"]')).toBeNull();
    rows.render([row(view('a')), row(view('b'))], 40_000);
    expect(rowsOf()[0]!.querySelector('[data-testid="account-conflict"]')).toBeNull();
  });

  it('writes a name as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    accountRows(list, () => undefined).render([row(view('a', { issuer: hostile }))], 40_000);
    expect(list.querySelector('img')).toBeNull();
    expect(text(rowsOf()[0]!, '[data-testid="account-issuer"]')).toBe(hostile);
  });

  it('offers Fill, the recovery mark and the HOTP button only where they apply', () => {
    accountRows(list, () => undefined).render(
      [
        row(view('a', { recoveryReady: true }), { canFill: true }),
        row(view('b', { type: 'hotp', step: null, nextCode: null })),
      ],
      40_000,
    );
    const [totp, hotp] = rowsOf();
    expect(totp!.querySelector('[data-testid="account-fill"]')).not.toBeNull();
    expect(totp!.querySelector('.account__ready')).not.toBeNull();
    expect(totp!.querySelector('[data-action="next"]')).toBeNull();
    expect(hotp!.querySelector('[data-testid="account-fill"]')).toBeNull();
    expect(hotp!.querySelector('.ring')).toBeNull();
    expect(hotp!.querySelector('[data-action="next"]')).not.toBeNull();
  });

  it('patches a counting row in place, shows the next code near the end, and rebuilds it when its names change', () => {
    const rows = accountRows(list, () => undefined);
    rows.render([row(view('a'))], 40_000);
    const before = rowsOf()[0]!;
    rows.render([row(view('a'))], 56_000);
    expect(rowsOf()[0]).toBe(before);
    expect(text(before, '.ring')).toBe('4');
    expect(before.querySelector('.account__code')?.getAttribute('data-urgent')).toBe('true');
    expect(text(before, '.account__next')).toContain('654 321');
    rows.render([row(view('a'), { copied: true })], 56_000);
    expect(before.querySelector('.account__next')).toBeNull();
    expect(before.querySelector('.account__copied')).not.toBeNull();
    rows.render([row(view('a', { label: 'hanako' }))], 56_000);
    expect(rowsOf()[0]).not.toBe(before);
    expect(text(rowsOf()[0]!, '[data-testid="account-label"]')).toBe('hanako');
  });

  it('answers a click on a row’s button with the action and the account', () => {
    accountRows(list, (action, id) => actions.push([action, id])).render(
      [row(view('a')), row(view('b'), { canFill: true })],
      40_000,
    );
    const [first, second] = rowsOf();
    first!.querySelector<HTMLElement>('[data-testid="account-code"]')!.click();
    second!.querySelector<HTMLElement>('[data-testid="account-fill"]')!.click();
    second!.querySelector<HTMLElement>('[data-testid="account-edit"]')!.click();
    first!.querySelector<HTMLElement>('.account__avatar')!.click();
    expect(actions).toEqual([
      ['copy', 'a'],
      ['fill', 'b'],
      ['edit', 'b'],
    ]);
  });
});
