/** A run of characters of one name, and whether the other name lacks them there. */
export interface Segment {
  readonly text: string;
  readonly differs: boolean;
}

/**
 * Both names cut into runs, the characters the other name does not share marked (a
 * longest common subsequence over code points: lightning.bitf1yer.com against bitflyer.com
 * marks "lightning." and "1" on one side, "l" on the other). Host names are short: the
 * table is at most 253 × 253.
 */
export function markDifferences(shown: string, real: string): { shown: Segment[]; real: Segment[] } {
  const a = Array.from(shown);
  const b = Array.from(real);
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  const inA = new Array<boolean>(a.length).fill(false);
  const inB = new Array<boolean>(b.length).fill(false);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      inA[i] = inB[j] = true;
      i += 1;
      j += 1;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i += 1;
    else j += 1;
  }
  return { shown: segments(a, inA), real: segments(b, inB) };
}

function segments(chars: readonly string[], shared: readonly boolean[]): Segment[] {
  const out: Segment[] = [];
  chars.forEach((char, at) => {
    const differs = !shared[at];
    const last = out.at(-1);
    if (last && last.differs === differs) out[out.length - 1] = { text: last.text + char, differs };
    else out.push({ text: char, differs });
  });
  return out;
}
