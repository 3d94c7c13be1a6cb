// Which simulated portal a URL belongs to: the real hosts (served through Playwright routing) or
// a localhost path prefix (`/admin/`, `/azure/`, ... served by `serve()` for the demo).
import type { PortalKind, PortalLinks } from '../shared/types.ts';

const HOSTS: Record<string, PortalKind> = {
  'admin.microsoft.com': 'admin',
  'admin.cloud.microsoft': 'admin',
  'portal.azure.com': 'azure',
  'entra.microsoft.com': 'entra',
  'login.microsoftonline.com': 'login',
};
const FRAME_HOST = /^[a-z0-9-]+\.(reactblade|reactblade-ms|reactblade-rc|hosting)\.portal\.azure\.net$/i;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const KINDS: readonly PortalKind[] = ['admin', 'azure', 'entra', 'reactblade', 'login'];

/** Every URL the Playwright helper must route to the simulator. */
export const PORTAL_URL_PATTERN =
  /^https:\/\/(admin\.microsoft\.com|admin\.cloud\.microsoft|portal\.azure\.com|entra\.microsoft\.com|login\.microsoftonline\.com|[a-z0-9-]+\.(reactblade|reactblade-ms|reactblade-rc|hosting)\.portal\.azure\.net)(?=[/?#:]|$)/i;

export const REAL_LINKS: PortalLinks = {
  admin: 'https://admin.microsoft.com',
  azure: 'https://portal.azure.com',
  entra: 'https://entra.microsoft.com',
  reactblade: 'https://sim.reactblade.portal.azure.net',
  login: 'https://login.microsoftonline.com',
};

export type Located = { portal: PortalKind; links: PortalLinks; local: boolean };

export function locate(url: URL): Located | undefined {
  const host = url.hostname.toLowerCase();
  const known = HOSTS[host] ?? (FRAME_HOST.test(host) ? 'reactblade' : undefined);
  if (known && url.protocol === 'https:') return { portal: known, links: REAL_LINKS, local: false };
  if (!LOCAL_HOSTS.has(host)) return undefined;
  const first = url.pathname.split('/')[1] ?? '';
  const links = Object.fromEntries(KINDS.map((k) => [k, `${url.origin}/${k}`])) as PortalLinks;
  const portal = KINDS.find((k) => k === first);
  return portal ? { portal, links, local: true } : { portal: 'admin', links, local: true };
}

/** True when a localhost URL names no portal (the demo's index page). */
export function isLocalIndex(url: URL): boolean {
  return LOCAL_HOSTS.has(url.hostname.toLowerCase()) && (url.pathname === '/' || url.pathname === '');
}
