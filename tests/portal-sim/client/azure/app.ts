// The Azure portal and the Entra admin center: a top bar and a "journey" of blades, routed on
// `#view/...` (current) and `#blade/...` (older) hashes. Also the reactblade frame's own page.
import { config, t } from '../context.ts';
import { clear, h } from '../dom.ts';
import { allProductsBlade, productsGrid } from './all-products.ts';
import { blade } from './parts.ts';
import { productBlade, type Journey } from './product-blade.ts';

const LICENSES_MENU = /^#(view|blade)\/Microsoft_AAD_IAM\/LicensesMenuBlade(\/|$)/i;
const PRODUCT_BLADE = /^#(view|blade)\/Microsoft_AAD_IAM\/LicenseDetailsMenuBlade\/.*skuId\/([0-9a-f-]{36})/i;

function homeBlade(): HTMLElement {
  return blade(
    t('entraId'),
    [],
    h(
      'ul',
      null,
      h('li', null, h('a', { href: '#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products' }, t('licenses'))),
    ),
  );
}

export function startAzurePortal(root: HTMLElement, portal: 'azure' | 'entra'): void {
  const layout = h('div', { class: 'fxs-journey-layout' });
  root.append(
    h(
      'header',
      { class: 'fxs-topbar', role: 'banner' },
      h('a', { class: 'fxs-topbar-home', href: '#home' }, portal === 'entra' ? t('entraCenter') : t('azurePortal')),
    ),
    h('main', { class: 'fxs-journey-target fxs-journey' }, layout),
  );
  const journey: Journey = {
    push: (b) => layout.appendChild(b),
    popTo: (depth) => {
      while (layout.children.length > depth) layout.lastElementChild?.remove();
    },
  };
  let token = 0;
  const render = (): void => {
    const mine = ++token;
    const alive = () => mine === token;
    const hash = location.hash;
    clear(layout);
    const product = PRODUCT_BLADE.exec(hash);
    if (product?.[2]) journey.push(productBlade(product[2], alive, journey));
    else if (LICENSES_MENU.test(hash)) journey.push(allProductsBlade(alive, portal));
    else journey.push(homeBlade());
    document.title = `${layout.querySelector('.fxs-blade-title-titleText')?.textContent ?? ''} - ${portal === 'entra' ? t('entraCenter') : t('azurePortal')}`;
  };
  window.addEventListener('hashchange', render);
  render();
}

/** The page inside the reactblade iframe: the All products grid, links targeting the top portal. */
export function startReactBlade(root: HTMLElement): void {
  const links = config().links;
  const top = new URLSearchParams(location.search).get('portal') === 'entra' ? links.entra : links.azure;
  const host = h('div', { class: 'fxs-react-view', role: 'main' });
  root.append(host);
  productsGrid(host, () => true, `${top}/`);
}
