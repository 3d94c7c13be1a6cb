import { describe, expect, it } from 'vitest';
import { ADMIN_CENTER_MATCHES, AZURE_MATCHES, isPortalUrl } from '../../../lib/portals/hosts';
import { isAzureFrameHost, portalOfUrl } from '../../../lib/portals/routes';

/** A manifest match pattern `https://*.example.net/*` or `https://host/*` as a test of a URL. */
function matches(pattern: string, url: string): boolean {
  const host = /^https:\/\/([^/]+)\/\*$/.exec(pattern)?.[1] ?? '';
  const { hostname, protocol } = new URL(url);
  if (protocol !== 'https:') return false;
  return host.startsWith('*.') ? hostname.endsWith(host.slice(1)) : hostname === host;
}

// Every host the page models read must be one the content scripts run on and the background
// accepts messages from (PORTALS.md §2-3), or a frame is routed but never reported.
describe('the hosts the extension runs on and the hosts the routes know agree', () => {
  it.each([
    'https://admin.microsoft.com/Adminportal/Home#/licenses',
    'https://admin.cloud.microsoft/?#/licenses',
    'https://portal.azure.com/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products',
    'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products',
    'https://sandbox-7.reactblade.portal.azure.net/ReactView/Index',
    'https://sandbox-7.reactblade-ms.portal.azure.net/ReactView/Index',
    'https://sandbox-7.reactblade-rc.portal.azure.net/ReactView/Index',
    'https://iam.hosting.portal.azure.net/iam/Content/Dynamic/blade.html',
  ])('%s', (url) => {
    expect(portalOfUrl(new URL(url))).toBeDefined();
    expect(isPortalUrl(url)).toBe(true);
    expect([...ADMIN_CENTER_MATCHES, ...AZURE_MATCHES].some((p) => matches(p, url))).toBe(true);
  });

  it.each([
    'https://evil.example/admin.microsoft.com',
    'http://admin.microsoft.com/#/licenses',
    'https://reactblade.portal.azure.net/',
  ])('%s is not a portal page', (url) => {
    expect(isPortalUrl(url)).toBe(false);
    expect(isAzureFrameHost(new URL(url).hostname) && new URL(url).protocol === 'https:').toBe(false);
  });
});
