// The hosts License Pilot works on: the manifest's host permissions and content-script matches,
// and the sender check for messages from content scripts, all come from these two lists.

export const ADMIN_CENTER_HOSTS = ['admin.microsoft.com', 'admin.cloud.microsoft'] as const;
export const AZURE_HOSTS = ['portal.azure.com', 'entra.microsoft.com'] as const;
/** Frames in which the Azure portal draws React views and extension blades. */
export const AZURE_FRAME_HOST_SUFFIXES = [
  '.reactblade.portal.azure.net',
  '.reactblade-ms.portal.azure.net',
  '.reactblade-rc.portal.azure.net',
  '.hosting.portal.azure.net',
] as const;

export const ADMIN_CENTER_MATCHES = ADMIN_CENTER_HOSTS.map((h) => `https://${h}/*`);
export const AZURE_MATCHES = [
  ...AZURE_HOSTS.map((h) => `https://${h}/*`),
  ...AZURE_FRAME_HOST_SUFFIXES.map((s) => `https://*${s}/*`),
];

/** True for an https URL on one of the portal hosts or Azure frame hosts. */
export function isPortalUrl(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  return (
    (ADMIN_CENTER_HOSTS as readonly string[]).includes(host) ||
    (AZURE_HOSTS as readonly string[]).includes(host) ||
    AZURE_FRAME_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix) && host.length > suffix.length)
  );
}
