import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otpauthUri } from '@/utils/formats/exporters/otpauth-list';
import { decodeImport } from '@/utils/formats/import';
import type { AccountData } from '@/utils/otp/account';
import { codeAt } from '@/utils/otp/codes';
import { parseOtpauthUri } from '@/utils/otp/uri';
import { seededRandomBytes } from '@/utils/vault/__tests__/helpers';
import en from '@/public/_locales/en/messages.json';
import ja from '@/public/_locales/ja/messages.json';
import { ACCOUNTS, EARLIER_VERSIONS, syncExport, WRITTEN_COSTS, writeTestBackup, type WrittenBackup } from './backups';
import { readTerminalQr } from './terminal-qr';

// The built command (tools/open-backup/dist, what a person runs), as a child process: the
// password on stdin, the answer on stdout, stderr and the exit status.
const CLI = fileURLToPath(new URL('../../../tools/open-backup/dist/open-backup.mjs', import.meta.url));
const VAULT_PASSWORD = 'lost phone drill 2026';
const BACKUP_PASSWORD = 'ｋｅｐｔ on paper'; // full-width, as a Japanese IME types it: NFKC applies
const AT = Date.parse('2027-03-04T05:06:07.000Z');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function openBackup(
  args: readonly string[],
  stdin: string,
  options: { cwd?: string; lang?: string } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', LANG: options.lang ?? 'C' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const essentials = ({ type, secret, algorithm, digits, period, counter, issuer, label }: AccountData) => ({
  type,
  secret,
  algorithm,
  digits,
  counter,
  issuer,
  label,
  ...(type === 'hotp' ? {} : { period }),
});

let dir: string;
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'omamori-open-backup-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each run derives Argon2id (64–128 MiB) once or twice: seconds on a busy 2-core machine.
describe('open-backup on the backups the extension writes', { timeout: 60_000 }, () => {
  let withVaultPassword: WrittenBackup;
  beforeAll(async () => {
    withVaultPassword = await writeTestBackup({ password: VAULT_PASSWORD });
  });

  describe.each(Object.entries(WRITTEN_COSTS))('written at the %s Argon2id cost', (_, cost) => {
    it('prints every account as an otpauth:// link that gives the same codes', async () => {
      const backup = await writeTestBackup({ password: VAULT_PASSWORD, cost });
      const run = await openBackup([file(`backup-${cost.memoryKiB}.json`, backup.text)], `${VAULT_PASSWORD}\n`);
      expect(run.stderr).toBe(`Opened: ${ACCOUNTS.length} accounts, backed up 2026-11-22T03:58:00.000Z.\n`);
      expect(run.status).toBe(0);
      const links = run.stdout.trimEnd().split('\n');
      expect(links).toEqual(ACCOUNTS.map(otpauthUri));
      const opened = links.map(parseOtpauthUri);
      expect(opened.map(essentials)).toEqual(ACCOUNTS.map(essentials));
      expect(opened.map((account) => codeAt(account, AT))).toEqual(ACCOUNTS.map((account) => codeAt(account, AT)));
    });
  });

  describe.each(EARLIER_VERSIONS)('written by format version $version', (earlier) => {
    it('gives the same accounts and codes, with its password or its separate backup password', async () => {
      for (const { text, password } of [earlier, earlier.withBackupPassword]) {
        const path = file(`v${earlier.version}-${password.length}.json`, text);
        const run = await openBackup(['--codes', '--at', new Date(AT).toISOString(), path], password);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe(
          earlier.accounts.map((account) => `${codeAt(account, AT)}\t${account.issuer}\t${account.label}\n`).join(''),
        );
        const links = await openBackup([path], password);
        expect(links.stdout.trimEnd().split('\n').map(parseOtpauthUri).map(essentials)).toEqual(
          earlier.accounts.map(essentials),
        );
        expect((await openBackup([path], `${password}?`)).status).toBe(3);
      }
    });
  });

  it('prints the codes at a given moment', async () => {
    const run = await openBackup(
      ['--codes', '--at', new Date(AT).toISOString(), file('codes.json', withVaultPassword.text)],
      VAULT_PASSWORD,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      ACCOUNTS.map((account) => `${codeAt(account, AT)}\t${account.issuer}\t${account.label}\n`).join(''),
    );
    // Codes only: no secret on the screen when none was asked for.
    for (const account of ACCOUNTS) expect(run.stdout + run.stderr).not.toContain(account.secret);
  });

  it('opens a backup written under a separate backup password with it, and not with the vault password', async () => {
    // The same vault key, wrapped under the backup password, as the vault's `backup` row holds it.
    const backup = await writeTestBackup({
      password: BACKUP_PASSWORD,
      vaultKey: withVaultPassword.vaultKey,
      randomBytes: seededRandomBytes(11),
    });
    const path = file('separate.json', backup.text);
    const refused = await openBackup([path], VAULT_PASSWORD);
    expect(refused).toEqual({ status: 3, stdout: '', stderr: `${en.openerWrongPassword.message}\n` });
    const opened = await openBackup([path], 'kept on paper');
    expect(opened.status).toBe(0);
    expect(opened.stdout.trimEnd().split('\n')).toEqual(ACCOUNTS.map(otpauthUri));
  });

  it('refuses a wrong password with its own message and status, in the terminal’s language', async () => {
    const path = file('wrong.json', withVaultPassword.text);
    expect(await openBackup([path], 'not the password\n')).toEqual({
      status: 3,
      stdout: '',
      stderr: `${en.openerWrongPassword.message}\n`,
    });
    expect(await openBackup([path], 'not the password\n', { lang: 'ja_JP.UTF-8' })).toEqual({
      status: 3,
      stdout: '',
      stderr: `${ja.openerWrongPassword.message}\n`,
    });
  });

  it('tells a damaged, a cut-short and a foreign file apart, and prints nothing from them', async () => {
    const damaged = JSON.parse(withVaultPassword.text);
    const ciphertext = Buffer.from(damaged.contents.ciphertext, 'base64');
    ciphertext[10]! ^= 0x01;
    damaged.contents.ciphertext = ciphertext.toString('base64');
    const v1 = EARLIER_VERSIONS[0]!;
    const cases = [
      { name: 'damaged.json', text: JSON.stringify(damaged), message: en.openerCorrupt.message },
      { name: 'cut.json', text: withVaultPassword.text.slice(0, 400), message: en.openerCorrupt.message },
      {
        name: 'v1-count.json',
        text: JSON.stringify({ ...JSON.parse(v1.text), count: v1.accounts.length + 1 }),
        message: en.openerCorrupt.message,
        password: v1.password,
      },
      {
        name: 'foreign.json',
        text: JSON.stringify({ version: 1, header: {}, db: {} }),
        message: en.openerUnknownFormat.message,
      },
      {
        name: 'newer.json',
        text: JSON.stringify({ ...JSON.parse(withVaultPassword.text), version: 99 }),
        message: en.openerNewerFormat.message,
      },
      {
        name: 'costly.json',
        text: JSON.stringify({ ...damaged, kdf: { ...damaged.kdf, memoryKiB: 4 * 1024 * 1024 } }),
        message: en.openerUnsupportedKdf.message,
      },
    ];
    for (const { name, text, message, password } of cases) {
      expect(await openBackup([file(name, text)], password ?? VAULT_PASSWORD), name).toEqual({
        status: 1,
        stdout: '',
        stderr: `${message}\n`,
      });
    }
  });

  it('opens the sync copy saved from storage.sync, and refuses one that is half synced', async () => {
    const items = await syncExport(withVaultPassword);
    const run = await openBackup([file('sync.json', JSON.stringify(items))], VAULT_PASSWORD);
    expect(run.stderr).toBe(`Opened the sync copy: ${ACCOUNTS.length} accounts, written 2026-11-22T03:58:00.000Z.\n`);
    expect(run.stdout.trimEnd().split('\n')).toEqual(ACCOUNTS.map(otpauthUri));

    const half = { ...items, 'omamori.chunk.0': String(items['omamori.chunk.0']).slice(1) };
    expect(await openBackup([file('half.json', JSON.stringify(half))], VAULT_PASSWORD)).toEqual({
      status: 1,
      stdout: '',
      stderr: `${en.openerSyncIncomplete.message}\n`,
    });
  });

  it('writes an Aegis plain export only to the new file named, for its owner alone', async () => {
    const out = join(dir, 'aegis.json');
    const run = await openBackup(['--aegis', out, file('for-aegis.json', withVaultPassword.text)], VAULT_PASSWORD);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Wrote ${ACCOUNTS.length} accounts to ${out}`);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const text = readFileSync(out, 'utf8');
    const decoded = await decodeImport({ name: 'aegis.json', text, bytes: new TextEncoder().encode(text) });
    expect(decoded.format.id).toBe('aegis');
    const accounts = decoded.entries.map((entry) => (entry as unknown as { account: AccountData }).account);
    expect(accounts.map(essentials)).toEqual(ACCOUNTS.map(essentials));

    // An existing file is never overwritten with secrets.
    const again = await openBackup(['--aegis', out, join(dir, 'for-aegis.json')], VAULT_PASSWORD);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${out} already exists`);
    expect(readFileSync(out, 'utf8')).toBe(text);
  });

  it('shows a QR code a phone reads, and the setup key, for each account', async () => {
    const run = await openBackup(['--qr', file('qr.json', withVaultPassword.text)], VAULT_PASSWORD);
    expect(run.status).toBe(0);
    const blocks = run.stdout.split(/\n(?=\n)/).filter((block) => block.trim());
    expect(blocks).toHaveLength(ACCOUNTS.length);
    blocks.forEach((block, index) => {
      const account = ACCOUNTS[index]!;
      expect(readTerminalQr(block)).toBe(otpauthUri(account));
      expect(block).toContain(`Setup key: ${account.secret.match(/.{1,4}/g)!.join(' ')}`);
    });
  });

  it('writes nothing besides what was asked, and takes no password from the command line', async () => {
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    const path = file('quiet.json', withVaultPassword.text);
    expect((await openBackup([path], VAULT_PASSWORD, { cwd })).status).toBe(0);
    expect((await openBackup(['--qr', path], VAULT_PASSWORD, { cwd })).status).toBe(0);
    expect(readdirSync(cwd)).toEqual([]);
    const refused = await openBackup(['--password', VAULT_PASSWORD, path], '');
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('Usage: open-backup FILE');
  });
});
