import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { createWebDavClient, type Fetch } from '../../utils/backup/webdav';
import { makeTestCertificate, type TestCertificate } from './certs';
import { WEBDAV_HOST } from './hosts';
import { accepts, freePort, loopback } from './net';

/**
 * A real WebDAV server for the tests: Debian's Apache httpd (apache2-bin) with mod_dav and mod_dav_fs,
 * over HTTPS with a certificate made for the run, Basic authentication, on 127.0.0.1 at
 * ports the kernel picked. Apache rather than `rclone serve webdav` because mod_dav_fs
 * answers a full disk with a real 507 Insufficient Storage (rclone's WebDAV answers 405).
 *
 * Folders (URL → disk):
 * - `/dav/`       writable.
 * - `/readonly/`  the server may read but not write (403 on MKCOL or PUT).
 * - `/full/`      a 16 KB tmpfs, mounted in a mount namespace of the server's own (root
 *                 only; nothing appears in the machine's mount table): a larger PUT gets 507.
 * - anything else 404.
 *
 * The second port presents another certificate (same host name) that the client does not
 * trust. `fetch` trusts only the first, and resolves the test host names to 127.0.0.1.
 */
/** Resolves to the same server, but the certificate does not name it. */
export const WEBDAV_OTHER_HOST = 'other.omamori.test';
export const WEBDAV_USER = 'omamori';
export const WEBDAV_PASSWORD = 'app-password-for-tests';
export const QUOTA_BYTES = 16 * 1024;

export type WebDavLocation = 'dav' | 'readonly' | 'full';

export interface WebDavTestServer {
  readonly port: number;
  readonly untrustedPort: number;
  /** False when not root: no private tmpfs, so `/full/` is a plain folder. */
  readonly hasQuota: boolean;
  /** `https://dav.omamori.test:PORT/<location>/<path>` */
  url(location: WebDavLocation | 'missing', path?: string, options?: { untrusted?: boolean; host?: string }): string;
  /** Where the server keeps `<location>/<path>` on disk (readable while the server runs). */
  diskPath(location: WebDavLocation, path?: string): string;
  /** The names in a folder on the server's disk. */
  filesOnDisk(location: WebDavLocation, path?: string): Promise<string[]>;
  /** A fetch that trusts the test certificate (the good one only). */
  readonly fetch: Fetch;
  /** A folder of the calling test's own under `location` (`prefix-N`), made over WebDAV. */
  freshFolder(location?: WebDavLocation, prefix?: string): Promise<{ url: string; name: string }>;
  /** Waits until the server is writing an upload into `folder` (mod_dav_fs's temporary file). */
  uploadInProgress(location: WebDavLocation, folder: string): Promise<void>;
  /** SIGKILL: the server dies wherever it is, in the middle of an upload too. */
  kill(): Promise<void>;
  /** SIGSTOP / SIGCONT: the server stops answering without closing anything. */
  freeze(): Promise<void>;
  thaw(): void;
  /** Starts it again on the same ports and folders after `kill`. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

const APACHE = process.env.APACHE_PATH ?? '/usr/sbin/apache2';
const MODULES = process.env.APACHE_MODULES ?? '/usr/lib/apache2/modules';
const START_TIMEOUT_MS = 10_000;

export async function startWebDavServer(): Promise<WebDavTestServer> {
  if (!existsSync(APACHE)) {
    throw new Error(
      `The WebDAV tests need Apache httpd (${APACHE}): run node tests/support/ensure-browsers.mjs as root, or apt-get install apache2-bin`,
    );
  }
  const root = await mkdtemp(join(tmpdir(), 'omamori-webdav-'));
  const isRoot = process.getuid?.() === 0;
  const runAs = isRoot ? serverUser() : undefined;
  const trusted = makeTestCertificate([WEBDAV_HOST]);
  const untrusted = makeTestCertificate([WEBDAV_HOST]);
  await layOut(root, trusted, untrusted, runAs);

  let ports = { port: 0, untrustedPort: 0 };
  let child: ChildProcess | undefined;
  for (let attempt = 0; attempt < 3 && !child; attempt++) {
    ports = { port: await freePort(), untrustedPort: await freePort() };
    await writeFile(join(root, 'httpd.conf'), httpdConf(root, ports, runAs));
    child = await launch(root, isRoot, runAs).catch(() => undefined);
  }
  if (!child) child = await launch(root, isRoot, runAs);
  const agent = new Agent({ connect: { ca: trusted.cert, lookup: loopback } });
  const killOnExit = () => signal(child, 'SIGKILL');
  process.once('exit', killOnExit);

  const disk = (location: WebDavLocation, path = '') => {
    const folder = join(root, 'www', location, path);
    // The tmpfs exists only in the server's mount namespace: look through its root.
    return location === 'full' && isRoot && child?.pid ? `/proc/${child.pid}/root${folder}` : folder;
  };

  const url: WebDavTestServer['url'] = (location, path = '', options = {}) =>
    `https://${options.host ?? WEBDAV_HOST}:${options.untrusted ? ports.untrustedPort : ports.port}/${location}/${path}`;
  // The dispatcher is undici's own option to fetch; a browser's fetch has no such field.
  const trustingFetch: Fetch = (target, init) => fetch(target, { ...init, ...{ dispatcher: agent } });
  let folders = 0;

  return {
    ...ports,
    hasQuota: isRoot,
    url,
    diskPath: disk,
    filesOnDisk: async (location, path) => (await readdir(disk(location, path))).sort(),
    fetch: trustingFetch,
    freshFolder: async (location = 'dav', prefix = 'case') => {
      const name = `${prefix}-${++folders}`;
      const made = await createWebDavClient(
        { url: url(location), user: WEBDAV_USER, password: WEBDAV_PASSWORD },
        { fetch: trustingFetch },
      ).ensureFolder(`${name}/`);
      if (!made.ok || made.value !== 'created') throw new Error(`could not make ${name}/: ${JSON.stringify(made)}`);
      return { url: url(location, `${name}/`), name };
    },
    uploadInProgress: async (location, folder) => {
      const deadline = Date.now() + START_TIMEOUT_MS;
      while (!(await readdir(disk(location, folder)).catch(() => [])).some((name) => name.startsWith('.davfs.tmp'))) {
        if (Date.now() > deadline) throw new Error('no upload started');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    kill: async () => {
      const exited = exitOf(child);
      signal(child, 'SIGKILL');
      await exited;
      await portsClosed(ports);
    },
    freeze: async () => {
      signal(child, 'SIGSTOP');
      // A stop lands a moment later: until then a worker may still answer what it has read.
      if (child?.pid) await groupStopped(child.pid);
    },
    thaw: () => signal(child, 'SIGCONT'),
    restart: async () => {
      child = await launch(root, isRoot, runAs);
    },
    close: async () => {
      process.off('exit', killOnExit);
      signal(child, 'SIGCONT');
      const exited = exitOf(child);
      signal(child, 'SIGTERM');
      await exited;
      await agent.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Apache drops root for www-data; the folders it writes must be that user's. */
function serverUser(): { user: string; uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('www-data:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined) throw new Error('no www-data user (it comes with apache2)');
  return { user: 'www-data', uid: Number(uid), gid: Number(gid) };
}

async function layOut(
  root: string,
  trusted: TestCertificate,
  untrusted: TestCertificate,
  runAs: { uid: number; gid: number } | undefined,
) {
  await chmod(root, 0o755);
  for (const folder of ['www/dav', 'www/readonly', 'www/full', 'run', 'lock'])
    await mkdir(join(root, folder), { recursive: true });
  if (runAs)
    for (const folder of ['www/dav', 'www/full', 'lock']) await chown(join(root, folder), runAs.uid, runAs.gid);
  await chmod(join(root, 'www/readonly'), 0o555);
  await writeFile(join(root, 'trusted.pem'), trusted.cert);
  await writeFile(join(root, 'trusted.key'), trusted.key, { mode: 0o600 });
  await writeFile(join(root, 'untrusted.pem'), untrusted.cert);
  await writeFile(join(root, 'untrusted.key'), untrusted.key, { mode: 0o600 });
  // {SHA} is one of the formats Apache reads without the htpasswd tool.
  const digest = createHash('sha1').update(WEBDAV_PASSWORD).digest('base64');
  await writeFile(join(root, 'htpasswd'), `${WEBDAV_USER}:{SHA}${digest}\n`);
}

function httpdConf(
  root: string,
  ports: { port: number; untrustedPort: number },
  runAs: { user: string } | undefined,
): string {
  const modules = [
    'mpm_event',
    'authn_core',
    'authn_file',
    'authz_core',
    'authz_user',
    'auth_basic',
    'dav',
    'dav_fs',
    'ssl',
  ];
  const vhost = (port: number, cert: string) => `
Listen 127.0.0.1:${port}
<VirtualHost 127.0.0.1:${port}>
  ServerName ${WEBDAV_HOST}
  SSLEngine on
  SSLCertificateFile ${root}/${cert}.pem
  SSLCertificateKeyFile ${root}/${cert}.key
</VirtualHost>`;
  return `${modules.map((name) => `LoadModule ${name}_module ${MODULES}/mod_${name}.so`).join('\n')}
${runAs ? `User ${runAs.user}\nGroup ${runAs.user}` : ''}
ServerRoot ${root}
ServerName ${WEBDAV_HOST}
PidFile ${root}/run/httpd.pid
DefaultRuntimeDir ${root}/run
Mutex file:${root}/run
ErrorLog ${root}/run/error.log
LogLevel error
# One connection a request: a killed or frozen server leaves no pooled connection behind.
KeepAlive Off
StartServers 1
ServerLimit 2
ThreadsPerChild 8
MaxRequestWorkers 16
DocumentRoot ${root}/www
DavLockDB ${root}/lock/DavLock
<Directory ${root}/www>
  Dav On
  AuthType Basic
  AuthName "Omamori WebDAV test"
  AuthUserFile ${root}/htpasswd
  Require valid-user
</Directory>
${vhost(ports.port, 'trusted')}
${vhost(ports.untrustedPort, 'untrusted')}
`;
}

/**
 * Apache in the foreground, leading its own process group (so a signal reaches every
 * worker). As root it starts in a private mount namespace with the quota tmpfs mounted.
 */
async function launch(
  root: string,
  isRoot: boolean,
  runAs: { uid: number; gid: number } | undefined,
): Promise<ChildProcess> {
  const conf = join(root, 'httpd.conf');
  const [command, args] =
    isRoot && runAs
      ? [
          'unshare',
          [
            '-m',
            '--propagation',
            'private',
            '--',
            'sh',
            '-c',
            `mount -t tmpfs -o size=${QUOTA_BYTES},mode=0755,uid=${runAs.uid},gid=${runAs.gid} omamori-webdav-full "$1" && exec "$0" -f "$2" -DFOREGROUND`,
            APACHE,
            join(root, 'www/full'),
            conf,
          ],
        ]
      : [APACHE, ['-f', conf, '-DFOREGROUND']];
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const { port, untrustedPort } = portsOf(readFileSync(conf, 'utf8'));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await accepts(port)) || !(await accepts(untrustedPort))) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      signal(child, 'SIGKILL');
      const log = readFileSync(join(root, 'run/error.log'), { encoding: 'utf8', flag: 'a+' });
      throw new Error(`Apache did not start: ${stderr}${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return child;
}

function portsOf(conf: string): { port: number; untrustedPort: number } {
  const [port, untrustedPort] = [...conf.matchAll(/^Listen 127\.0\.0\.1:(\d+)$/gm)].map((match) => Number(match[1]));
  return { port: port ?? 0, untrustedPort: untrustedPort ?? 0 };
}

function signal(child: ChildProcess | undefined, name: NodeJS.Signals): void {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, name);
  } catch {
    // already gone
  }
}

function exitOf(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Until every process of the group is stopped (state T in /proc/PID/stat). */
async function groupStopped(group: number): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while ((await groupStates(group)).some((state) => state !== 'T' && state !== 't')) {
    if (Date.now() > deadline) throw new Error('Apache did not stop on SIGSTOP');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

async function groupStates(group: number): Promise<string[]> {
  const states: string[] = [];
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    // pid (comm) state ppid pgrp …: comm may hold spaces and parentheses, so split after the last ')'.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === group && state !== 'Z' && state !== undefined) states.push(state);
  }
  return states;
}

/** Until no worker holds the ports any more (a killed worker may outlive its parent a moment). */
async function portsClosed({ port, untrustedPort }: { port: number; untrustedPort: number }): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while ((await accepts(port)) || (await accepts(untrustedPort))) {
    if (Date.now() > deadline) throw new Error('Apache still listens after SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
