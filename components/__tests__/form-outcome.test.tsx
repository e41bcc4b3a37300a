// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FormMessage, useFormOutcome } from '../FormOutcome';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('FormMessage', () => {
  it('shows nothing without an outcome', () => {
    render(<FormMessage outcome={null} />, root);
    expect(root.childNodes).toHaveLength(0);
  });

  it('announces an error at once, with its class and test id', () => {
    render(<FormMessage outcome={{ kind: 'error', message: 'Wrong password.' }} />, root);
    const shown = root.querySelector('p')!;
    expect(shown.getAttribute('role')).toBe('alert');
    expect(shown.getAttribute('data-testid')).toBe('form-error');
    expect(shown.className).toBe('form-error');
    expect(shown.textContent).toBe('Wrong password.');
  });

  it('announces a success note politely, with its class and test id', () => {
    render(<FormMessage outcome={{ kind: 'ok', message: 'Password changed.' }} />, root);
    const shown = root.querySelector('p')!;
    expect(shown.getAttribute('role')).toBe('status');
    expect(shown.getAttribute('data-testid')).toBe('form-ok');
    expect(shown.className).toBe('form-ok');
    expect(shown.textContent).toBe('Password changed.');
  });
});

describe('useFormOutcome', () => {
  it('fails, succeeds and clears, with changes that keep their identity', async () => {
    const seen: ReturnType<typeof useFormOutcome>[] = [];
    function Form() {
      const form = useFormOutcome();
      seen.push(form);
      return <FormMessage outcome={form.outcome} />;
    }
    await act(() => render(<Form />, root));
    expect(seen.at(-1)!.outcome).toBeNull();

    await act(() => seen.at(-1)!.fail('Wrong password.'));
    expect(seen.at(-1)!.outcome).toEqual({ kind: 'error', message: 'Wrong password.' });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Wrong password.');

    await act(() => seen.at(-1)!.succeed('Restored.'));
    expect(seen.at(-1)!.outcome).toEqual({ kind: 'ok', message: 'Restored.' });
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Restored.');

    await act(() => seen.at(-1)!.clear());
    expect(seen.at(-1)!.outcome).toBeNull();
    expect(root.childNodes).toHaveLength(0);

    const [first, last] = [seen[0]!, seen.at(-1)!];
    expect(seen.length).toBeGreaterThan(1);
    expect(last.fail).toBe(first.fail);
    expect(last.succeed).toBe(first.succeed);
    expect(last.clear).toBe(first.clear);
  });
});
