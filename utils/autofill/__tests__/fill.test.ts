// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
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

  /**
   * Six boxes as Vue widgets draw them: a digit goes into the box the widget last saw a
   * focus event on, keeping its last digit, and the focus moves on a task later.
   */
  function focusTrackingBoxes(): { boxes: HTMLInputElement[]; state: () => string } {
    document.body.innerHTML = '<div>' + '<input maxlength="1" inputmode="numeric">'.repeat(6) + '</div>';
    const boxes = [...document.querySelectorAll('input')];
    const digits = ['', '', '', '', '', ''];
    let active = -1;
    boxes.forEach((box, index) => {
      box.addEventListener('focus', () => (active = index));
      box.addEventListener('input', () => {
        if (active >= 0) digits[active] = box.value.slice(-1);
        boxes.forEach((each, at) => (each.value = digits[at]!));
        if (boxes[active + 1]) setTimeout(() => boxes[active + 1]?.focus());
      });
    });
    return { boxes, state: () => digits.join('') };
  }

  it('puts each digit into its own box of a focus-tracking widget, also where the page has no focus', async () => {
    const { boxes, state } = focusTrackingBoxes();
    await fillTarget(boxes, '492039');
    expect(state()).toBe('492039');

    // Firefox behind the popup: focus() moves the focus and fires no focus event.
    const again = focusTrackingBoxes();
    const hasFocus = vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    for (const box of again.boxes) vi.spyOn(box, 'focus').mockImplementation(() => undefined);
    await fillTarget(again.boxes, '530817');
    hasFocus.mockRestore();
    expect(again.state()).toBe('530817');
    expect(again.boxes.map((box) => box.value)).toEqual([...'530817']);
  });

  it('gives a box its digit again when the widget emptied it on the way', async () => {
    document.body.innerHTML = '<div>' + '<input maxlength="1">'.repeat(6) + '</div>';
    const boxes = [...document.querySelectorAll('input')];
    // A late re-render: the fourth digit wipes the third box, once.
    let wiped = false;
    boxes[3]!.addEventListener('input', () => {
      if (!wiped) setTimeout(() => (boxes[2]!.value = ''));
      wiped = true;
    });
    await fillTarget(boxes, '492039');
    expect(boxes.map((box) => box.value).join('')).toBe('492039');
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
