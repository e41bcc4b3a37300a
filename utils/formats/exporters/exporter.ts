import type { AccountData } from '../../otp/account';
import type { MessageKey } from '../../i18n';
import type { RandomBytes } from '../../vault/crypto';

/**
 * One export format for another app: what the options page offers (its label, whether it
 * asks for a file password, its file type) and how the background writes it. Adding a
 * format is one file like ./aegis.ts, a line in ./registry.ts, and its locale strings.
 */
export interface Exporter<Id extends string = string> {
  readonly id: Id;
  readonly label: MessageKey;
  /** Encrypted with a password of its own, asked for beside the vault password. */
  readonly encrypted: boolean;
  readonly mime: string;
  filename(day: string): string;
  write(accounts: readonly AccountData[], password: string | null, randomBytes: RandomBytes): Promise<string>;
}
