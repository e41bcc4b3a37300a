/**
 * One writer at a time: each piece of work starts when the one before it has ended (failed
 * or not). A password change holds it from its snapshot to its commit, so nothing is
 * sealed under a key it is about to discard.
 */
export type Serial = <T>(work: () => Promise<T>) => Promise<T>;

export function serialQueue(): Serial {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>) => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}
