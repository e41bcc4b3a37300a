export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Distinct base32 secrets, the same on every run. */
export function seededSecrets(count: number): string[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let state = 7;
  return Array.from({ length: count }, () =>
    Array.from({ length: 32 }, () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return alphabet[(state >> 8) % 32];
    }).join(''),
  );
}
