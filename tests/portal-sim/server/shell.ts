// The HTML document every page URL gets: `<html lang>`, the config as JSON, the client bundle.
// The app builds everything else in the browser, as the real single-page portals do.
import { htmlLang, labelsFor } from '../shared/labels/index.ts';
import type { Locale, PortalKind, ShellConfig } from '../shared/types.ts';

const TITLE_KEY = {
  admin: 'adminCenter',
  azure: 'azurePortal',
  entra: 'entraCenter',
  reactblade: 'allProducts',
  login: 'signIn',
} as const;

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function shellHtml(config: ShellConfig): string {
  const title = labelsFor(config.locale)[TITLE_KEY[config.portal]];
  return [
    '<!DOCTYPE html>',
    `<html lang="${htmlLang(config.locale)}" dir="ltr">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    '<link rel="stylesheet" href="/__sim/app.css">',
    `<script id="__sim-config" type="application/json">${scriptJson(config)}</script>`,
    '</head>',
    '<body><div id="root"></div><script src="/__sim/app.js"></script></body>',
    '</html>',
  ].join('\n');
}

/** Azure and Entra take the language from `?l=`; the admin center follows the account. */
export function pageLocale(portal: PortalKind, url: URL, fallback: Locale): Locale {
  if (portal === 'admin') return fallback;
  const l = (url.searchParams.get('l') ?? '').slice(0, 2).toLowerCase();
  return l === 'en' || l === 'nl' || l === 'de' || l === 'fr' ? l : fallback;
}

export function localIndexHtml(): string {
  const links: [string, string][] = [
    ['/admin/#/homepage', 'Admin center: home'],
    ['/admin/#/licenses', 'Admin center: Licenses'],
    ['/admin/#/users', 'Admin center: Active users'],
    ['/azure/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products', 'Azure portal: All products'],
    ['/entra/#blade/Microsoft_AAD_IAM/LicensesMenuBlade/Products', 'Entra: All products (older route)'],
  ];
  const items = links.map(([href, text]) => `<li><a href="${escapeText(href)}">${escapeText(text)}</a></li>`);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Portal simulator</title></head><body><h1>Portal simulator</h1><ul>${items.join('')}</ul></body></html>`;
}
