// Loads a saved portal page into a fresh happy-dom window at the URL it was saved from.
// Reusable for fixtures saved from the simulator: drop the HTML in ./fixtures and call
// loadFixture('<name>', '<url>'); call closeFixtures() after each test.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

export const FIXTURES_DIR = new URL('./fixtures/', import.meta.url);

export type LoadedPage = { window: Window; document: Document; url: URL; close: () => Promise<void> };

const open = new Set<Window>();

export function readFixture(name: string): string {
  return readFileSync(new URL(name.endsWith('.html') ? name : `${name}.html`, FIXTURES_DIR), 'utf8');
}

/** A page from HTML text: `new Window({ url })`, then the HTML written into its document. */
export function loadHtml(html: string, url: string): LoadedPage {
  const window = new Window({ url, settings: { disableErrorCapturing: true } });
  open.add(window);
  window.document.write(html);
  return {
    window,
    document: window.document as unknown as Document,
    url: new URL(url),
    close: async () => {
      open.delete(window);
      await window.happyDOM.close();
    },
  };
}

export function loadFixture(name: string, url: string): LoadedPage {
  return loadHtml(readFixture(name), url);
}

/** Closes every window opened since the last call (use in afterEach). */
export async function closeFixtures(): Promise<void> {
  const windows = [...open];
  open.clear();
  await Promise.all(windows.map((w) => w.happyDOM.close()));
}

export const URLS = {
  licenses: 'https://admin.microsoft.com/Adminportal/Home?source=applauncher#/licenses',
  product: (skuId: string) => `https://admin.microsoft.com/Adminportal/Home#/licensedetailpage/${skuId}`,
  home: 'https://admin.cloud.microsoft/?#/homepage',
  users: 'https://admin.microsoft.com/#/users',
  azureProducts: 'https://portal.azure.com/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products',
  entraProducts: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products',
  reactblade: (authority: string) =>
    `https://sandbox-7.reactblade.portal.azure.net/ReactView/Index?extension=Microsoft_AAD_IAM&trustedAuthority=${encodeURIComponent(authority)}`,
  azureProductBlade: (skuId: string) =>
    `https://portal.azure.com/#view/Microsoft_AAD_IAM/LicenseDetailsMenuBlade/~/Users/skuId/${skuId}`,
} as const;

export const SKU = {
  pro: 'f8a1db68-be16-40ed-86d5-cb42ce701560',
  ppu: 'c1d032e0-5619-4761-9b5c-75b6831e1711',
  fabric: 'a403ebcc-fae0-4ca2-8c8c-7a907fd6c235',
  innofalls: '5b2e7c1a-3d4f-4e6a-9b8c-0d1e2f3a4b5c',
} as const;
