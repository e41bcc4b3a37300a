import type { AccountView } from '@/utils/otp/views';

/** Where a row sits in the popup: the tab's site's accounts, then the pinned ones, then the rest. */
export type Section = 'site' | 'pinned' | 'rest';

/** Where a moved row goes: right before or right after another. */
export type Destination = { readonly before: string } | { readonly after: string };

export interface Arranged {
  readonly account: AccountView;
  readonly section: Section;
}

/** The groups of `accounts`, each once, in the person's language's order. */
export function groupsOf(accounts: readonly AccountView[]): string[] {
  return [...new Set(accounts.map((account) => account.group).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}

/**
 * The popup's list: of `group` only when one is chosen; the accounts of `site` (the tab's,
 * when codes may go there) first, then the pinned, then the rest, each part in the
 * person's order (the order `accounts` come in).
 */
export function arrange(
  accounts: readonly AccountView[],
  { site, group }: { readonly site: string | null; readonly group: string | null },
): Arranged[] {
  const sections: Record<Section, Arranged[]> = { site: [], pinned: [], rest: [] };
  for (const account of accounts) {
    if (group !== null && account.group !== group) continue;
    const section: Section =
      site !== null && account.domains.includes(site) ? 'site' : account.pinned ? 'pinned' : 'rest';
    sections[section].push({ account, section });
  }
  return [...sections.site, ...sections.pinned, ...sections.rest];
}

/**
 * Where Alt+↑ or Alt+↓ moves the row `id` of `shown`: before the row above it, or after the
 * row below, within its own part of the list (a pinned account stays among the pinned);
 * null at the part's edge.
 */
export function keyboardMove(shown: readonly Arranged[], id: string, direction: 'up' | 'down'): Destination | null {
  const index = shown.findIndex((row) => row.account.id === id);
  const neighbour = shown[direction === 'up' ? index - 1 : index + 1];
  if (index < 0 || !neighbour || neighbour.section !== shown[index]!.section) return null;
  return direction === 'up' ? { before: neighbour.account.id } : { after: neighbour.account.id };
}

/** Whether a row dragged onto another may go there: within its own part of the list. */
export function sameSection(shown: readonly Arranged[], id: string, to: Destination): boolean {
  const section = (of: string) => shown.find((row) => row.account.id === of)?.section;
  const target = 'before' in to ? to.before : to.after;
  return target !== id && section(id) !== undefined && section(id) === section(target);
}
