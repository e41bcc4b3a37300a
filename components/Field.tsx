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

export function FormError({ message }: { message: string | null }) {
  return message ? (
    <p class="form-error" role="alert">
      {message}
    </p>
  ) : null;
}

/** The outcome of a form: an error (announced) or a confirmation. */
export type FormOutcome = { error: boolean; text: string } | null;

export function FormMessage({ outcome }: { outcome: FormOutcome }) {
  if (!outcome) return null;
  return outcome.error ? <FormError message={outcome.text} /> : <p class="form-ok">{outcome.text}</p>;
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
