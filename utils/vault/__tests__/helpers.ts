import type { RandomBytes } from '../crypto';
import { VaultDb } from '../db';
import { argon2idHere, type KdfCost } from '../kdf';
import type { KeySession } from '../key-session';
import { Vault, type VaultDeps } from '../vault';

/** Small Argon2id so unit tests stay fast; the default cost has its own test. */
export const TEST_KDF_COST: KdfCost = { algorithm: 'argon2id', memoryKiB: 256, iterations: 1, parallelism: 1 };

/** Deterministic bytes: tests repeat exactly; production uses crypto.getRandomValues. */
export function seededRandomBytes(seed = 1): RandomBytes {
  let state = seed;
  return (length) =>
    Uint8Array.from({ length }, () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state & 0xff;
    });
}

export function memoryKeySession(): KeySession & { stored(): Uint8Array | null } {
  let stored: Uint8Array | null = null;
  return {
    save: async (key) => {
      stored = key.slice();
    },
    load: async () => stored?.slice() ?? null,
    clear: async () => {
      stored = null;
    },
    stored: () => stored,
  };
}

let dbCounter = 0;
const openDatabases: VaultDb[] = [];

export function testVault(overrides: Partial<VaultDeps> = {}): Vault & { testDeps: VaultDeps } {
  let ids = 0;
  let clock = Date.UTC(2026, 10, 22);
  const deps: VaultDeps = {
    db: track(new VaultDb(`omamori-test-${++dbCounter}`)),
    session: memoryKeySession(),
    now: () => (clock += 1000),
    randomBytes: seededRandomBytes(dbCounter),
    newId: () => `account-${++ids}`,
    kdfCost: TEST_KDF_COST,
    derive: argon2idHere,
    ...overrides,
  };
  return Object.assign(new Vault(deps), { testDeps: deps });
}

/** A second Vault on the same database and session: the background after a restart. */
export function reopened(vault: Vault & { testDeps: VaultDeps }, session = vault.testDeps.session): Vault {
  return new Vault({ ...vault.testDeps, session });
}

function track(db: VaultDb): VaultDb {
  openDatabases.push(db);
  return db;
}

/** Deletes the databases the tests made (through their own connection: no warnings). */
export async function deleteTestDatabases(): Promise<void> {
  for (const db of openDatabases.splice(0)) await db.delete();
}
