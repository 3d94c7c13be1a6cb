// The admin center: shell (header, left nav, main) and a hash router that renders pages into
// main without reloading, as the real single-page app does.
import { config, t } from '../context.ts';
import { clear, h, maybeSwap, wrap } from '../dom.ts';
import { renderHome, renderSubscriptions } from './home.ts';
import { renderLicenses } from './licenses-page.ts';
import { renderProduct } from './product-page.ts';
import { renderUsers } from './users-page.ts';

/** Lets an async page check that it is still the page being shown before it renders late data. */
export type Alive = () => boolean;
type Page = (main: HTMLElement, alive: Alive, arg: string) => void;

const ROUTES: [RegExp, Page][] = [
  [/^#\/homepage\/?$/i, renderHome],
  [/^#\/users(\/.*)?$/i, renderUsers],
  [/^#\/licenses\/?$/i, renderLicenses],
  [/^#\/licenses\/autoclaimpoliciespage/i, renderLicenses],
  [/^#\/licensedetailpage\/([^/?]+)/i, renderProduct],
  [/^#\/subscriptions\/?$/i, renderSubscriptions],
];
/** What Simplified view still shows; every other deep link goes home. */
const SIMPLIFIED_ALLOWED = /^#\/(homepage|users)(\/.*)?$/i;

function navLink(label: string, hash: string): HTMLElement {
  return h(
    'li',
    { class: 'ms-Nav-navItem' },
    h('a', { class: 'ms-Nav-link', href: hash }, h('span', { class: 'ms-Nav-linkText' }, label)),
  );
}

function leftNav(): HTMLElement {
  return h(
    'nav',
    { 'data-hint': 'ReactLeftNav', class: 'ms-Nav', 'aria-label': 'Navigation' },
    h(
      'ul',
      { class: 'ms-Nav-navItems' },
      navLink(t('navHome'), '#/homepage'),
      h(
        'li',
        null,
        h('span', { class: 'ms-Nav-groupName' }, t('navUsers')),
        h('ul', null, navLink(t('activeUsers'), '#/users')),
      ),
      h(
        'li',
        null,
        h('span', { class: 'ms-Nav-groupName' }, t('navBilling')),
        h('ul', null, navLink(t('yourProducts'), '#/subscriptions'), navLink(t('licenses'), '#/licenses')),
      ),
    ),
  );
}

export function startAdminCenter(root: HTMLElement): void {
  const c = config();
  const main = h('div', { role: 'main', class: 'sim-main' });
  const header = h(
    'header',
    { class: 'sim-header', role: 'banner' },
    h('span', { class: 'sim-brand' }, t('adminCenter')),
    h('span', { class: 'sim-tenant' }, c.tenantName),
  );
  const [a, b] = maybeSwap(wrap(leftNav()), wrap(main));
  // DOM order varies by seed; the nav stays on the left on screen.
  root.append(header, h('div', { class: `sim-body${a.contains(main) ? ' sim-body--reversed' : ''}` }, a, b));

  let token = 0;
  const render = (): void => {
    const hash = location.hash || '#/homepage';
    if (c.simplifiedView && !SIMPLIFIED_ALLOWED.test(hash)) {
      location.replace(`${location.pathname}${location.search}#/homepage`);
      return; // the hashchange that follows renders home
    }
    const mine = ++token;
    for (const layer of document.querySelectorAll('.ms-Layer')) layer.remove(); // panes close on navigation
    const [page, arg] = ROUTES.flatMap(([re, p]) => {
      const m = re.exec(hash);
      return m ? [[p, m[1] ?? ''] as const] : [];
    })[0] ?? [renderHome, ''];
    clear(main);
    page(main, () => mine === token, decodeURIComponent(arg));
  };
  window.addEventListener('hashchange', render);
  render();
}
