// Makes sure the browsers the end-to-end tests drive are on this machine: Debian's
// Chromium and Firefox ESR, their Japanese UI and a Japanese font; and Apache httpd, the
// WebDAV tests' real server (apache2-bin: the server and its modules without the system
// service, so nothing starts on port 80), and rclone, whose `serve webdav` is their second
// server (another implementation, at a Nextcloud-style path). On Debian as root it installs what is missing
// with apt; anywhere else it says exactly what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = [
  'chromium',
  'chromium-l10n',
  'firefox-esr',
  'firefox-esr-l10n-ja',
  'fonts-ipafont-gothic',
  'apache2-bin',
  'rclone',
];
const BROWSERS = [process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'];

function isInstalled(pkg) {
  const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return query.status === 0 && query.stdout.includes('install ok installed');
}

const hasApt = existsSync('/usr/bin/apt-get') && existsSync('/usr/bin/dpkg-query');
const missing = hasApt ? PACKAGES.filter((pkg) => !isInstalled(pkg)) : [];
const browsersPresent = BROWSERS.every((path) => existsSync(path));

if (missing.length === 0 && browsersPresent) process.exit(0);

const command = `apt-get update && apt-get install -y ${(missing.length ? missing : PACKAGES).join(' ')}`;
if (hasApt && process.getuid?.() === 0) {
  console.log(`Installing the test browsers and WebDAV server: ${missing.join(' ')}`);
  execFileSync('sh', ['-c', command], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  process.exit(0);
}

console.error(
  [
    "The end-to-end tests need Debian's Chromium and Firefox ESR (with Japanese UI and font), the WebDAV tests Apache httpd (apache2-bin) and rclone.",
    hasApt
      ? `Install them with:\n  sudo sh -c '${command}'`
      : `Install Chromium and Firefox ESR, then point the tests at them:\n  CHROMIUM_PATH=/path/to/chromium FIREFOX_PATH=/path/to/firefox npm test`,
  ].join('\n'),
);
process.exit(1);
