// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { guardSecretScreen, HIDDEN_LIMIT_MS, type ClearReason, type ScreenWatch } from '../secret-screen';
import { useClearOnLock } from '../vault-lock';

/** A page's watch under the test's hand: lock notices, visibility, the clock and its timers. */
function fakeWatch() {
  const locks = new Set<() => void>();
  const visibility = new Set<() => void>();
  let timers: { at: number; run: () => void }[] = [];
  const state = { now: 0, hidden: false };
  const watch: ScreenWatch = {
    onLock: (listener) => (locks.add(listener), () => void locks.delete(listener)),
    hidden: () => state.hidden,
    onVisibility: (listener) => (visibility.add(listener), () => void visibility.delete(listener)),
    now: () => state.now,
    after(ms, run) {
      const timer = { at: state.now + ms, run };
      timers.push(timer);
      return () => void (timers = timers.filter((other) => other !== timer));
    },
  };
  return {
    watch,
    lock: () => [...locks].forEach((listener) => listener()),
    setHidden(hidden: boolean) {
      state.hidden = hidden;
      [...visibility].forEach((listener) => listener());
    },
    /** Time passes; `timersRun: false` for a hidden page whose timers the browser held back. */
    pass(ms: number, timersRun = true) {
      state.now += ms;
      if (!timersRun) return;
      const due = timers.filter((timer) => timer.at <= state.now);
      timers = timers.filter((timer) => timer.at > state.now);
      due.forEach((timer) => timer.run());
    },
    listeners: () => locks.size + visibility.size + timers.length,
  };
}

describe('guardSecretScreen', () => {
  it('clears the moment the vault locks, once, and lets go of every listener', () => {
    const page = fakeWatch();
    const cleared: ClearReason[] = [];
    guardSecretScreen((reason) => cleared.push(reason), page.watch);
    page.lock();
    page.lock();
    expect(cleared).toEqual(['locked']);
    expect(page.listeners()).toBe(0);
  });

  it('clears a page left out of sight for a minute, by its timer', () => {
    const page = fakeWatch();
    const cleared: ClearReason[] = [];
    guardSecretScreen((reason) => cleared.push(reason), page.watch);
    page.setHidden(true);
    page.pass(HIDDEN_LIMIT_MS - 1);
    expect(cleared).toEqual([]);
    page.pass(1);
    expect(cleared).toEqual(['hidden']);
  });

  it('clears on return when the hidden page’s timer was held back (throttled, or the computer slept)', () => {
    const page = fakeWatch();
    const cleared: ClearReason[] = [];
    guardSecretScreen((reason) => cleared.push(reason), page.watch);
    page.setHidden(true);
    page.pass(5 * HIDDEN_LIMIT_MS, false);
    page.setHidden(false);
    expect(cleared).toEqual(['hidden']);
  });

  it('keeps the screen when the page returns within the minute; the next absence counts afresh', () => {
    const page = fakeWatch();
    const cleared: ClearReason[] = [];
    guardSecretScreen((reason) => cleared.push(reason), page.watch);
    page.setHidden(true);
    page.pass(HIDDEN_LIMIT_MS - 1_000);
    page.setHidden(false);
    page.setHidden(true);
    page.pass(HIDDEN_LIMIT_MS - 1_000);
    expect(cleared).toEqual([]);
    page.pass(1_000);
    expect(cleared).toEqual(['hidden']);
  });
});

describe('useClearOnLock', () => {
  const root = document.createElement('div');
  afterEach(() => render(null, root));

  /** A screen showing a recovery code until it is cleared. */
  function Secret({ watch }: { watch: ScreenWatch }) {
    const [code, setCode] = useState<string | null>('RC-1111-2222');
    useClearOnLock(code !== null, () => setCode(null), watch);
    return <p>{code ?? 'cleared'}</p>;
  }

  it('empties a screen holding a recovery code when the vault locks', async () => {
    const page = fakeWatch();
    await act(() => render(<Secret watch={page.watch} />, root));
    expect(root.textContent).toBe('RC-1111-2222');
    await act(() => page.lock());
    expect(root.textContent).toBe('cleared');
    expect(page.listeners()).toBe(0);
  });
});
