import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// The three-browser sync model (utils/backup/__tests__/sync-model.test.ts), on its own.
export default defineConfig({
  plugins: [WxtVitest()],
  test: { include: ['utils/backup/__tests__/sync-model.test.ts'], setupFiles: ['fake-indexeddb/auto'] },
});
