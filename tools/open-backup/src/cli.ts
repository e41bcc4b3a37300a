// `open-backup FILE`: opens an Omamori backup (Downloads, WebDAV, an export) or a sync copy
// with its password, without a browser, and shows the accounts in the form the person asks.
import { open as openPath, readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { aegisExport } from '../../../utils/formats/exporters/aegis';
import { MAX_FILE_BYTES } from '../../../utils/formats/bounds';
import { systemRandomBytes } from '../../../utils/vault/crypto';
import { openFile, showAccount } from './core';
import { FAILURE_KEYS, say, type Language } from './messages';
import { PasswordInterrupted } from './password';

/** Exit statuses, documented in the README: scripts can tell a wrong password from damage. */
export const EXIT = { ok: 0, failed: 1, usage: 2, wrongPassword: 3, interrupted: 130 } as const;

interface Options {
  readonly file: string;
  readonly aegis: string | undefined;
  readonly qr: boolean;
  readonly codes: boolean;
  readonly at: number;
}

class UsageError extends Error {
  constructor(readonly asked: boolean) {
    super('usage');
  }
}

function parse(argv: readonly string[], now: number): Options {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      aegis: { type: 'string' },
      qr: { type: 'boolean', default: false },
      codes: { type: 'boolean', default: false },
      at: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length !== 1) throw new UsageError(values.help);
  const at = values.at === undefined ? now : Date.parse(values.at);
  if (Number.isNaN(at)) throw new UsageError(false);
  return { file: positionals[0]!, aegis: values.aegis, qr: values.qr, codes: values.codes, at };
}

// The text in an object: a file that reads "unreadable" is a file, not a failure.
async function readText(path: string): Promise<{ text: string } | 'too-large' | 'unreadable'> {
  try {
    if ((await stat(path)).size > MAX_FILE_BYTES) return 'too-large';
    return { text: await readFile(path, 'utf8') };
  } catch {
    return 'unreadable';
  }
}

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly password: (prompt: string) => Promise<string>;
  readonly now: () => number;
  readonly language: Language;
}

/** The whole run; its exit status. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const say$ = (key: Parameters<typeof say>[1], ...rest: string[]) => say(io.language, key, ...rest);
  let options: Options;
  try {
    options = parse(argv, io.now());
  } catch (error) {
    // Asked for: the usage is the answer. Otherwise it explains a refusal.
    if (error instanceof UsageError && error.asked) {
      io.stdout(`${say$('openerUsage')}\n`);
      return EXIT.ok;
    }
    io.stderr(`${say$('openerUsage')}\n`);
    return EXIT.usage;
  }
  const read = await readText(options.file);
  if (read === 'unreadable') {
    io.stderr(`${say$('openerUnreadable', options.file)}\n`);
    return EXIT.failed;
  }
  if (read === 'too-large') {
    io.stderr(`${say$('openerTooLarge')}\n`);
    return EXIT.failed;
  }
  let password: string;
  try {
    password = await io.password(say$('openerPrompt'));
  } catch (error) {
    if (error instanceof PasswordInterrupted) return EXIT.interrupted;
    throw error;
  }
  const opened = await openFile(read.text, password);
  if (!opened.ok) {
    io.stderr(`${say$(FAILURE_KEYS[opened.reason])}\n`);
    return opened.reason === 'wrong-password' ? EXIT.wrongPassword : EXIT.failed;
  }
  const when = opened.createdAt.toISOString();
  const count = String(opened.accounts.length);
  io.stderr(`${opened.kind === 'sync' ? say$('openerOpenedSync', count, when) : say$('openerOpened', count, when)}\n`);
  if (opened.failed.length) {
    io.stderr(
      `${say$('openerFailedEntries', opened.failed.map((entry) => `${entry.name} (${entry.reason})`).join(', '))}\n`,
    );
  }

  if (options.aegis !== undefined) {
    const written = await writeNew(options.aegis, await aegisExport(opened.accounts, null, systemRandomBytes));
    io.stderr(
      `${written ? say$('openerWroteAegis', count, options.aegis) : say$('openerWontOverwrite', options.aegis)}\n`,
    );
    if (!written) return EXIT.failed;
  }
  const shown = opened.accounts.map((account) => showAccount(account, options.at));
  if (options.codes) {
    for (const account of shown) io.stdout(`${account.code}\t${account.issuer}\t${account.label}\n`);
  } else if (options.qr) {
    for (const account of shown) {
      const qr = await QRCode.toString(account.uri, { type: 'terminal', small: true });
      io.stdout(
        `\n${account.issuer || '—'}  ${account.label}\n${qr}\n${say$('openerSetupKey')}: ${account.setupKey}\n`,
      );
    }
  } else if (options.aegis === undefined) {
    for (const account of shown) io.stdout(`${account.uri}\n`);
  }
  return EXIT.ok;
}

/**
 * A file only the person can read, and only where they named one that is not there yet:
 * overwriting would put secrets over a file they may still want.
 */
async function writeNew(path: string, text: string): Promise<boolean> {
  let handle;
  try {
    handle = await openPath(path, 'wx', 0o600);
  } catch {
    return false;
  }
  try {
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
  return true;
}
