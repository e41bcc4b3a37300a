import { ACCOUNT_LIMITS } from '../otp/limits';

/** What the list order needs of an account: its position, and the row order it had before positions. */
export interface Placed {
  readonly id: string;
  readonly position: number;
  /** The plain row order: breaks ties between accounts from before positions (all at 0). */
  readonly order: number;
}

/** The person's order: by position, then by the row order. */
export const byPlace = (a: Placed, b: Placed) => a.position - b.position || a.order - b.order;

/** Where a moved account goes: right before or right after another. */
export type Destination = { readonly before: string } | { readonly after: string };

/**
 * The positions to write so that `id` lands at `to` in `list` (in the person's order): one
 * position when the neighbours leave room between them (a fractional index: the move
 * versions one account), otherwise every account renumbered 1…n (accounts from before
 * positions, all at 0, or a gap halved until a double holds no number between).
 * Null when `id` or the neighbour is not in the list, or nothing moves.
 */
export function positionsForMove(list: readonly Placed[], id: string, to: Destination): Map<string, number> | null {
  const moved = list.find((entry) => entry.id === id);
  const neighbour = 'before' in to ? to.before : to.after;
  if (!moved || neighbour === id) return null;
  const rest = list.filter((entry) => entry.id !== id);
  const at = rest.findIndex((entry) => entry.id === neighbour);
  if (at < 0) return null;
  const index = 'before' in to ? at : at + 1;
  const next = [...rest.slice(0, index), moved, ...rest.slice(index)];
  if (next.every((entry, place) => entry === list[place])) return null;
  const position = between(rest[index - 1]?.position, rest[index]?.position);
  if (position !== null) return new Map([[id, position]]);
  return new Map(next.map((entry, place) => [entry.id, place + 1]));
}

/** A number strictly between two positions (either end open), or null when there is none to use. */
export function between(low: number | undefined, high: number | undefined): number | null {
  const value =
    low === undefined && high === undefined
      ? 1
      : low === undefined
        ? high! - 1
        : high === undefined
          ? low + 1
          : low + (high - low) / 2;
  const inside = (low === undefined || value > low) && (high === undefined || value < high);
  return inside && Math.abs(value) <= ACCOUNT_LIMITS.maxPosition ? value : null;
}
