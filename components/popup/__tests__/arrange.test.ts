import { describe, expect, it } from 'vitest';
import type { AccountView } from '@/utils/otp/views';
import { arrange, groupsOf, keyboardMove, sameSection } from '../arrange';

const view = (id: string, changes: Partial<AccountView> = {}): AccountView => ({
  id,
  type: 'totp',
  issuer: id,
  label: '',
  domains: [],
  pinned: false,
  group: '',
  icon: null,
  recoveryReady: false,
  code: '123456',
  nextCode: null,
  step: null,
  ...changes,
});
const ACCOUNTS = [
  view('mail', { group: '仕事' }),
  view('bitflyer', { domains: ['bitflyer.com'], group: '取引所' }),
  view('zaif', { pinned: true, group: '取引所' }),
  view('bank', { pinned: true }),
  view('bitflyer-2', { domains: ['bitflyer.com'], pinned: true, group: '取引所' }),
];
const ids = (rows: { account: AccountView }[]) => rows.map((row) => row.account.id);

describe('the popup’s order', () => {
  it('puts the tab’s site’s accounts first, then the pinned, each in the person’s order', () => {
    expect(ids(arrange(ACCOUNTS, { site: null, group: null }))).toEqual([
      'zaif',
      'bank',
      'bitflyer-2',
      'mail',
      'bitflyer',
    ]);
    expect(ids(arrange(ACCOUNTS, { site: 'bitflyer.com', group: null }))).toEqual([
      'bitflyer',
      'bitflyer-2',
      'zaif',
      'bank',
      'mail',
    ]);
  });

  it('shows one group when one is chosen, and lists the groups once each', () => {
    expect(ids(arrange(ACCOUNTS, { site: null, group: '取引所' }))).toEqual(['zaif', 'bitflyer-2', 'bitflyer']);
    expect(groupsOf(ACCOUNTS)).toEqual(['仕事', '取引所'].sort((a, b) => a.localeCompare(b)));
  });

  it('moves with the keyboard within a row’s own part of the list only', () => {
    const shown = arrange(ACCOUNTS, { site: null, group: null });
    expect(keyboardMove(shown, 'bank', 'up')).toEqual({ before: 'zaif' });
    expect(keyboardMove(shown, 'bank', 'down')).toEqual({ after: 'bitflyer-2' });
    expect(keyboardMove(shown, 'bitflyer-2', 'down')).toBeNull();
    expect(keyboardMove(shown, 'mail', 'up')).toBeNull();
    expect(keyboardMove(shown, 'zaif', 'up')).toBeNull();
    expect(keyboardMove(shown, 'nobody', 'up')).toBeNull();
    expect(sameSection(shown, 'mail', { after: 'bitflyer' })).toBe(true);
    expect(sameSection(shown, 'mail', { before: 'zaif' })).toBe(false);
    expect(sameSection(shown, 'mail', { before: 'mail' })).toBe(false);
  });
});
