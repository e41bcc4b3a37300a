import { useEffect, useState } from 'preact/hooks';

/** The wall clock, re-read every `intervalMs`: the one place the UI reads time. */
export function useNow(intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
