import type { CodeTarget } from './detect';

/**
 * Puts `code` into the target the way typing would, replacing what is there. One field:
 * the native value setter (so React's, Vue's and Angular's value tracking sees a change),
 * then input and change. Boxes: one digit each, by index (never where the focus happens to
 * be), with the key, `beforeinput` and `input` events a box's handlers expect, a task apart
 * so the widget re-renders and moves focus between digits; a widget that takes the key (or
 * the beforeinput) itself is left to it. Then every box is read back, and a box a widget
 * emptied or overwrote on its way (a focus that moved late) gets its digit again.
 */
export async function fillTarget(target: CodeTarget, code: string): Promise<void> {
  if (target.length === 1) return type(target[0]!, code);
  for (let round = 0; round < 3; round++) {
    for (const [index, box] of target.entries()) {
      const digit = code[index];
      if (digit && !(round && box.value === digit)) {
        type(box, digit, true);
        await new Promise((resolve) => setTimeout(resolve));
      }
    }
  }
}

function type(input: HTMLInputElement, text: string, keys?: boolean): void {
  // keyCode too (`which` follows it): widgets that let only digit keys through read those.
  const init = {
    bubbles: true,
    cancelable: true,
    composed: true,
    key: text,
    keyCode: text.charCodeAt(0),
    data: text,
    inputType: 'insertText',
  };
  const send = (event: Event) => input.dispatchEvent(event);
  input.focus();
  // Firefox gives no focus event to a page that does not have the focus (the popup's Fill):
  // widgets that put a digit into the box they saw focused are told, as a focus would.
  if (!document.hasFocus()) {
    send(new FocusEvent('focus'));
    send(new FocusEvent('focusin', { bubbles: true }));
  }
  if (!keys || (send(new KeyboardEvent('keydown', init)) && send(new InputEvent('beforeinput', init)))) {
    // The prototype's setter, past a framework's own `value` on the element.
    Reflect.set(HTMLInputElement.prototype, 'value', text, input);
    send(new InputEvent('input', init));
    send(new Event('change', init));
  }
  if (keys) send(new KeyboardEvent('keyup', init));
}

/** Submits the form that holds the field (auto-submit, where the person turned it on). */
export function submitTarget(target: CodeTarget): void {
  target[0]?.form?.requestSubmit();
}
