import type { ComponentChildren } from 'preact';

interface FieldProps {
  label: string;
  hint?: string;
  children: ComponentChildren;
}

/** A labelled form control with an optional hint under it. */
export function Field({ label, hint, children }: FieldProps) {
  return (
    <label class="field">
      <span class="field__label">{label}</span>
      {children}
      {hint && <span class="field__hint">{hint}</span>}
    </label>
  );
}

interface PasswordFieldProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** `new-password` when choosing one, so password managers offer to generate it. */
  purpose: 'new-password' | 'current-password';
  autoFocus?: boolean;
}

export function PasswordField({ id, label, value, onValue, purpose, autoFocus }: PasswordFieldProps) {
  return (
    <Field label={label}>
      <input
        id={id}
        class="input"
        type="password"
        autocomplete={purpose}
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
        autoFocus={autoFocus}
      />
    </Field>
  );
}
