import { defineConfig } from 'vitest/config';
import SummaryReporter from '../support/summary-reporter';

// The WebDAV client, destination and catch-up against real servers: Apache httpd with mod_dav
// over HTTPS (tests/support/webdav-server.ts) and rclone's WebDAV server at a Nextcloud-style
// path (tests/support/rclone-server.ts), on ports the kernel picks. Both come from Debian
// (tests/support/ensure-browsers.mjs installs them).
export default defineConfig({
  test: {
    include: ['tests/webdav/**/*.test.ts'],
    // The catch-up tests run a real vault (IndexedDB in memory) against the servers.
    setupFiles: ['fake-indexeddb/auto'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default', new SummaryReporter('webdav')],
  },
});
