import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import type { Fetch } from '../../utils/backup/webdav';
import { makeTestCertificate } from './certs';
import { WEBDAV_HOST } from './hosts';
import { accepts, freePort, loopback } from './net';

/**
 * A second real WebDAV server for the tests, besides Apache: Debian's `rclone serve webdav`
 * (rclone, a Go WebDAV server that answers differently: its own PROPFIND shapes, no 507),
 * over HTTPS with a certificate made for the run, Basic authentication, serving a folder at a
 * Nextcloud-style path: `https://dav.omamori.test:PORT/remote.php/dav/files/taro/`.
 * It can be stopped (SIGKILL) and started again on the same port and folder, for outages.
 */
export const RCLONE_USER = 'taro';
export const RCLONE_PASSWORD = 'app-password-for-rclone';
export const RCLONE_BASE = '/remote.php/dav/files/taro';

export interface RcloneTestServer {
  readonly port: number;
  /** `https://dav.omamori.test:PORT/remote.php/dav/files/taro/<path>` */
  url(path?: string): string;
  /** The names in a folder on the served disk. */
  filesOnDisk(path?: string): Promise<string[]>;
  readonly fetch: Fetch;
  /** A folder of the calling test's own (`prefix-N/`), made on disk. */
  freshFolder(prefix?: string): Promise<{ url: string; name: string }>;
  /** The server is gone until `start` (connections refused). */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

const RCLONE = process.env.RCLONE_PATH ?? '/usr/bin/rclone';
const START_TIMEOUT_MS = 15_000;

export async function startRcloneServer(): Promise<RcloneTestServer> {
  if (!existsSync(RCLONE))
    throw new Error(
      `The WebDAV tests need rclone (${RCLONE}): run node tests/support/ensure-browsers.mjs as root, or apt-get install rclone`,
    );
  const root = await mkdtemp(join(tmpdir(), 'omamori-rclone-'));
  const served = join(root, 'files');
  await mkdir(served);
  const certificate = makeTestCertificate([WEBDAV_HOST]);
  await writeFile(join(root, 'cert.pem'), certificate.cert);
  await writeFile(join(root, 'key.pem'), certificate.key, { mode: 0o600 });
  const port = await freePort();
  let child: ChildProcess | undefined;

  const launch = async () => {
    child = spawn(
      RCLONE,
      [
        'serve',
        'webdav',
        served,
        '--addr',
        `127.0.0.1:${port}`,
        '--user',
        RCLONE_USER,
        '--pass',
        RCLONE_PASSWORD,
        '--baseurl',
        RCLONE_BASE,
        '--cert',
        join(root, 'cert.pem'),
        '--key',
        join(root, 'key.pem'),
        '--config',
        join(root, 'rclone.conf'),
        // Writes land on disk before the answer: a listing right after an upload sees it.
        '--vfs-cache-mode',
        'off',
        '--dir-cache-time',
        '0s',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!(await accepts(port))) {
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`rclone serve webdav did not start: ${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGKILL');
    await exited;
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (await accepts(port)) {
      if (Date.now() > deadline) throw new Error('rclone still listens after SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  await launch();
  const killOnExit = () => child?.kill('SIGKILL');
  process.once('exit', killOnExit);
  const agent = new Agent({ connect: { ca: certificate.cert, lookup: loopback } });
  const url = (path = '') => `https://${WEBDAV_HOST}:${port}${RCLONE_BASE}/${path}`;
  let folders = 0;
  return {
    port,
    url,
    filesOnDisk: async (path = '') => (await readdir(join(served, path))).sort(),
    fetch: (target, init) => fetch(target, { ...init, ...{ dispatcher: agent } }),
    freshFolder: async (prefix = 'case') => {
      const name = `${prefix}-${++folders}`;
      await mkdir(join(served, name));
      return { url: url(`${name}/`), name };
    },
    stop,
    start: launch,
    close: async () => {
      process.off('exit', killOnExit);
      await stop();
      await agent.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
