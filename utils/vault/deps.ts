import type { RandomBytes } from './crypto';
import type { VaultDb } from './db';
import type { Argon2idDerive, KdfCost } from './kdf';
import type { KeySession } from './key-session';

export interface VaultDeps {
  readonly db: VaultDb;
  readonly session: KeySession;
  readonly now: () => number;
  readonly randomBytes: RandomBytes;
  readonly newId: () => string;
  /** What new wraps cost; a vault wrapped below it is raised on its next unlock. */
  readonly kdfCost: KdfCost;
  /** Argon2id, here or on a thread of its own (see utils/kdf/thread.ts). */
  readonly derive: Argon2idDerive;
}
