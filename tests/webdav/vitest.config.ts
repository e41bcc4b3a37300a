import { defineConfig } from 'vitest/config';
import SummaryReporter from '../support/summary-reporter';

// The WebDAV client and destination against a real server: Apache httpd with mod_dav over
// HTTPS (tests/support/webdav-server.ts), one per test file, on ports the kernel picks.
// Apache comes from Debian (tests/support/ensure-browsers.mjs installs it).
export default defineConfig({
  test: {
    include: ['tests/webdav/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default', new SummaryReporter('webdav')],
  },
});
