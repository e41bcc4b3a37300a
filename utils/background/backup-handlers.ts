import { compareBackup } from '../backup/check';
import { readBackup, type OpenedBackup } from '../backup/format';
import type { BackupService } from '../backup/service';
import { FormatError, type FormatErrorCode } from '../formats/errors';
import type { BackupFileFailure, Result } from '../messaging/protocol';
import { WrongPasswordError } from '../vault/errors';
import type { Argon2idDerive } from '../vault/kdf';
import type { Vault } from '../vault/vault';
import { admitArrivals, boundSitesBut } from './account-sites';
import { fail, ok, settle, whenOpen, type Handlers } from './handlers';

export interface BackupHandlerDeps {
  readonly vault: Vault;
  readonly now: () => number;
  /** The automatic backups (utils/backup/service.ts): the file now, and where the backups stand. */
  readonly backup: BackupService;
}

/** The options page's messages about Omamori's own backup files: export, restore, check, password, status. */
export function backupHandlers({
  vault,
  now,
  backup,
}: BackupHandlerDeps): Handlers<
  'exportBackup' | 'restoreBackup' | 'checkBackup' | 'backupStatus' | 'setBackupPassword'
> {
  return {
    exportBackup: () => whenOpen(async () => ok(await backup.backupFile())),

    restoreBackup: ({ text, password }) =>
      withBackup(text, password, vault.derive, async ({ accounts, failed }) => {
        // A fresh browser: the backup's password becomes the new vault's.
        if ((await vault.state()) === 'uninitialized') await vault.create(password);
        // A file's sites are a claim like any other: they pass the bind policy first.
        const admitted = admitArrivals(accounts, await boundSitesBut(vault));
        const { added, duplicates } = await vault.addMany(admitted.accounts);
        return ok({
          added: added.length,
          duplicates: duplicates.length,
          failed: failed.map((entry) => entry.name),
          unbound: admitted.unbound,
        });
      }),

    checkBackup: ({ text, password }) =>
      withBackup(text, password, vault.derive, async (opened) =>
        ok({
          createdAt: opened.createdAt.getTime(),
          count: opened.accounts.length,
          older: await isOlder(vault, opened),
          ...compareBackup(opened.accounts, await vault.accounts(), now()),
        }),
      ),

    setBackupPassword: ({ vaultPassword, backupPassword }) =>
      settle(['locked', 'wrong-password', 'weak-password'], () =>
        vault.setBackupPassword(vaultPassword, backupPassword).then(() => null),
      ),

    backupStatus: () => whenOpen(async () => ok(await backup.status())),
  };
}

/** Whether `backup` is of this vault and older than what it holds: the authenticated revision decides, never a date or a name. */
async function isOlder(vault: Vault, backup: OpenedBackup): Promise<boolean> {
  const { vaultId, revision } = await vault.identity();
  return backup.vaultId === vaultId && backup.revision !== null && backup.revision < revision;
}

/** Opens a backup file, then does `work` with the open vault; a bad file or password says which. */
async function withBackup<T>(
  text: string,
  password: string,
  derive: Argon2idDerive,
  work: (backup: OpenedBackup) => Promise<Result<T, BackupFileFailure>>,
): Promise<Result<T, BackupFileFailure>> {
  let backup: OpenedBackup;
  try {
    backup = await readBackup(text, password, derive);
  } catch (error) {
    if (error instanceof WrongPasswordError) return fail('wrong-password');
    if (error instanceof FormatError) return fail(backupFileFailure(error.code));
    throw error;
  }
  return whenOpen(() => work(backup));
}

/** A backup reader's refusal as the pages are told it; what a backup cannot be is `corrupt`. */
function backupFileFailure(code: FormatErrorCode): Exclude<BackupFileFailure, 'locked'> {
  if (code === 'needs-password' || code === 'invalid-migration') return 'corrupt';
  return code;
}
