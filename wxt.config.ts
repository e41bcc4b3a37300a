import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Firefox needs a fixed add-on id; the e2e harness pins its moz-extension UUID by it.
export const GECKO_ID = 'omamori@omamori.app';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    short_name: 'Omamori',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        // Omamori collects nothing; Firefox asks add-ons to declare it.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
