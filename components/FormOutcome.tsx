import { useMemo, useState } from 'preact/hooks';

/** What a form says after it ran: an error, a success note, or nothing (yet). */
export type FormOutcome = { kind: 'error'; message: string } | { kind: 'ok'; message: string } | null;

/** A form's outcome with its three changes; the changes keep their identity across renders. */
export function useFormOutcome() {
  const [outcome, setOutcome] = useState<FormOutcome>(null);
  const changes = useMemo(
    () => ({
      fail: (message: string) => setOutcome({ kind: 'error', message }),
      succeed: (message: string) => setOutcome({ kind: 'ok', message }),
      clear: () => setOutcome(null),
    }),
    [],
  );
  return { outcome, ...changes };
}

/** The one way a form shows its outcome: an error is announced at once, a success note politely. */
export function FormMessage({ outcome }: { outcome: FormOutcome }) {
  if (!outcome) return null;
  return outcome.kind === 'error' ? (
    <p class="form-error" role="alert" data-testid="form-error">
      {outcome.message}
    </p>
  ) : (
    <p class="form-ok" role="status" data-testid="form-ok">
      {outcome.message}
    </p>
  );
}
