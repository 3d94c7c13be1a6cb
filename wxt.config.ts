import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { ADMIN_CENTER_MATCHES, AZURE_MATCHES } from './lib/portals/hosts';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: a run of 100,000 targets and its report outgrow storage.local's 10 MB.
    permissions: browser === 'firefox' ? ['storage', 'unlimitedStorage'] : ['storage', 'unlimitedStorage', 'sidePanel'],
    // Host access only for the portals License Pilot reads; see README "Permissions".
    host_permissions: [...ADMIN_CENTER_MATCHES, ...AZURE_MATCHES],
    action: { default_title: '__MSG_extName__' },
    // Guided mode: the background relays this to the run agent in the portal tab. Not Alt+Shift+N:
    // Chromium keeps that one for itself and leaves the command unbound.
    commands: {
      'next-step': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_commandNextStep__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'license-pilot@license-pilot.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
