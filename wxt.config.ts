import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
        // A fixed add-on id: Firefox needs one; storage and the e2e harness key on it.
        id: 'omamori@omamori.app',
        strict_min_version: '142.0',
        // Omamori collects nothing; Firefox asks add-ons to declare it.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
