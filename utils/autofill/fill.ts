import type { CodeTarget } from './detect';

/**
 * Puts `code` into the field the way typing would: the native value setter (so React's,
 * Vue's and Angular's own value tracking sees a change) followed by input and change
 * events. Split boxes get one character each. A code already there is replaced.
 */
export function fillTarget(target: CodeTarget, code: string): void {
  if (target.kind === 'single') {
    setValue(target.input, code);
    return;
  }
  target.inputs.forEach((input, index) => setValue(input, code[index] ?? ''));
  target.inputs[Math.min(code.length, target.inputs.length) - 1]?.focus();
}

function setValue(input: HTMLInputElement, value: string): void {
  input.focus();
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: value, inputType: 'insertText' }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Submits the form that holds the field (auto-submit, where the person turned it on). */
export function submitTarget(target: CodeTarget): void {
  const input = target.kind === 'single' ? target.input : target.inputs[0];
  input?.form?.requestSubmit();
}
