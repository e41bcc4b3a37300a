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
