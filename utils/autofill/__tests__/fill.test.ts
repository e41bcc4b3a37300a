// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fillTarget, submitTarget } from '../fill';

function recordEvents(input: HTMLInputElement): string[] {
  const events: string[] = [];
  for (const type of ['input', 'change']) input.addEventListener(type, () => events.push(`${type}:${input.value}`));
  return events;
}

describe('fillTarget', () => {
  it('replaces a stale code and fires input then change', async () => {
    document.body.innerHTML = '<input id="code" value="111111">';
    const input = document.getElementById('code') as HTMLInputElement;
    const events = recordEvents(input);
    await fillTarget([input], '492039');
    expect(input.value).toBe('492039');
    expect(events).toEqual(['input:492039', 'change:492039']);
  });

  it('goes through the prototype setter, past an instance-level value override', async () => {
    document.body.innerHTML = '<input id="code">';
    const input = document.getElementById('code') as HTMLInputElement;
    // What frameworks do to track values: an own `value` property that swallows writes.
    Object.defineProperty(input, 'value', { configurable: true, get: () => '', set: () => undefined });
    await fillTarget([input], '492039');
    const nativeValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.get!.call(input);
    expect(nativeValue).toBe('492039');
  });

  it('puts one digit in each split box', async () => {
    document.body.innerHTML = '<div>' + '<input maxlength="1">'.repeat(6) + '</div>';
    const inputs = [...document.querySelectorAll('input')];
    await fillTarget(inputs, '492039');
    expect(inputs.map((input) => input.value).join('')).toBe('492039');
  });
});

describe('submitTarget', () => {
  it('submits the field’s form', () => {
    document.body.innerHTML = '<form><input id="code"></form>';
    const form = document.querySelector('form')!;
    let submitted = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted += 1;
    });
    submitTarget([document.getElementById('code') as HTMLInputElement]);
    expect(submitted).toBe(1);
  });
});
