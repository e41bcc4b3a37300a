import { describe, expect, it } from 'vitest';
import { ACCOUNT_LIMITS } from '../../otp/limits';
import { between, byPlace, positionsForMove, type Placed } from '../positions';

const placed = (id: string, position: number, order: number): Placed => ({ id, position, order });
/** The list after `positions` are written, in the person's order. */
const after = (list: Placed[], positions: Map<string, number> | null) =>
  list
    .map((entry) => ({ ...entry, position: positions?.get(entry.id) ?? entry.position }))
    .sort(byPlace)
    .map((entry) => entry.id);

describe('positions in the list', () => {
  const list = [placed('a', 1, 1), placed('b', 2, 2), placed('c', 3, 3), placed('d', 4, 4)];

  it('move one account by writing its position alone, between its new neighbours', () => {
    const up = positionsForMove(list, 'c', { before: 'a' });
    expect(up).toEqual(new Map([['c', 0]]));
    expect(after(list, up)).toEqual(['c', 'a', 'b', 'd']);
    const down = positionsForMove(list, 'a', { after: 'c' });
    expect(down).toEqual(new Map([['a', 3.5]]));
    expect(after(list, down)).toEqual(['b', 'c', 'a', 'd']);
    expect(after(list, positionsForMove(list, 'b', { after: 'd' }))).toEqual(['a', 'c', 'd', 'b']);
  });

  it('write nothing when nothing moves, or a neighbour is not in the list', () => {
    expect(positionsForMove(list, 'b', { after: 'a' })).toBeNull();
    expect(positionsForMove(list, 'b', { before: 'c' })).toBeNull();
    expect(positionsForMove(list, 'b', { before: 'b' })).toBeNull();
    expect(positionsForMove(list, 'b', { before: 'x' })).toBeNull();
    expect(positionsForMove(list, 'x', { before: 'a' })).toBeNull();
  });

  it('keep the old order of accounts from before positions (all at 0), and renumber them all when one goes between two', () => {
    const old = [placed('c', 0, 3), placed('a', 0, 1), placed('b', 0, 2)];
    expect([...old].sort(byPlace).map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
    const moved = positionsForMove([...old].sort(byPlace), 'c', { before: 'b' });
    expect(moved).toEqual(
      new Map([
        ['a', 1],
        ['c', 2],
        ['b', 3],
      ]),
    );
    // To either end needs no renumbering.
    expect(positionsForMove([...old].sort(byPlace), 'c', { before: 'a' })).toEqual(new Map([['c', -1]]));
  });

  it('renumber when halving a gap again and again leaves no number between', () => {
    let entries = [placed('a', 1, 1), placed('b', 2, 2), placed('m', 3, 3)];
    let renumbered = 0;
    // `m` goes between a and b, then b between a and m, …: the gap halves each time.
    for (let round = 0; round < 200; round += 1) {
      const sorted = [...entries].sort(byPlace);
      const [first, second, third] = sorted;
      const positions = positionsForMove(sorted, third!.id, { before: second!.id })!;
      if (positions.size > 1) renumbered += 1;
      entries = entries.map((entry) => ({ ...entry, position: positions.get(entry.id) ?? entry.position }));
      expect(after(sorted, positions)).toEqual([first!.id, third!.id, second!.id]);
    }
    expect(renumbered).toBeGreaterThan(0);
  });

  it('find a number strictly between two, or none', () => {
    expect(between(undefined, undefined)).toBe(1);
    expect(between(undefined, 5)).toBe(4);
    expect(between(5, undefined)).toBe(6);
    expect(between(1, 2)).toBe(1.5);
    expect(between(1, 1)).toBeNull();
    expect(between(1, 1 + Number.EPSILON)).toBeNull();
    expect(between(ACCOUNT_LIMITS.maxPosition, undefined)).toBeNull();
  });
});
