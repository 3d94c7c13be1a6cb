import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { ADMIN_CENTER_MATCHES, AZURE_MATCHES } from './lib/portals/hosts';

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

export default defineConfig({
  // Store packages: the Firefox sources zip must rebuild the extension (data/ included), and no
  // package carries test output, local builds or profiles.
  zip: {
    excludeSources: ['test-results/**', 'artifacts/**', 'playwright-report/**', 'coverage/**', '.output/**', '.wxt/**'],
  },
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
    // Drawn in assets/icon.svg, rendered by `npm run icons`.
    icons: ICONS,
    action: { default_title: '__MSG_extName__', default_icon: ICONS },
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
