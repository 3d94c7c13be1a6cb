// Licenses > All products: read-only counts (Total, Assigned, Available, Expiring soon). In the
// "reactblade" variant the grid lives in an iframe on *.reactblade.portal.azure.net.
import { formatNumber } from '../../shared/format.ts';
import type { ProductSummary } from '../../shared/types.ts';
import { api } from '../api.ts';
import { config, t } from '../context.ts';
import { clear, h, wrap } from '../dom.ts';
import { spinner } from '../fluent.ts';
import { azcGrid, blade, toolbarButton } from './parts.ts';

export const productBladeHash = (skuId: string): string =>
  `#view/Microsoft_AAD_IAM/LicenseDetailsMenuBlade/~/Overview/skuId/${skuId}`;

/** The grid itself; `linkBase` is the top portal's URL when drawn inside a frame. */
export function productsGrid(host: HTMLElement, isAlive: () => boolean, linkBase = ''): void {
  clear(host, spinner(t('loading')));
  void api<ProductSummary[]>('products').then((products) => {
    if (!isAlive()) return;
    const n = (v: number) => formatNumber(v, config().locale);
    const grid = azcGrid<ProductSummary>(
      [
        {
          key: 'name',
          name: t('colName'),
          render: (p) =>
            h(
              'a',
              {
                href: `${linkBase}${productBladeHash(p.skuId)}`,
                target: linkBase ? '_top' : null,
                class: 'fxs-fxclick',
              },
              p.name,
            ),
        },
        { key: 'total', name: t('total'), render: (p) => n(p.total) },
        { key: 'assigned', name: t('assigned'), render: (p) => n(p.assigned) },
        { key: 'available', name: t('available'), render: (p) => n(p.available) },
        { key: 'expiringSoon', name: t('expiringSoon'), render: (p) => n(p.expiringSoon) },
      ],
      products,
      (p) => p.skuId,
    );
    clear(host, wrap(grid));
  });
}

export function allProductsBlade(isAlive: () => boolean, portal: 'azure' | 'entra'): HTMLElement {
  const c = config();
  const content = h('div', { class: 'fxs-part-content' });
  const menu = h(
    'ul',
    { class: 'fxs-menu', role: 'tablist' },
    [t('overview'), t('allProducts'), t('licensedFeatures')].map((label, i) =>
      h(
        'li',
        {
          role: 'tab',
          'aria-selected': i === 1,
          class: i === 1 ? 'fxs-menu-item fxs-menu-item-selected' : 'fxs-menu-item',
        },
        label,
      ),
    ),
  );
  const refresh = toolbarButton(t('refresh'), () => draw());
  const draw = (): void => {
    if (c.azureFrame === 'reactblade') {
      const src = `${c.links.reactblade}/reactview/Microsoft_AAD_IAM/AllProducts?l=${c.locale}&portal=${portal}`;
      clear(content, h('iframe', { class: 'fxs-reactview-frame', src, title: t('allProducts'), name: 'reactview' }));
    } else {
      productsGrid(content, isAlive);
    }
  };
  draw();
  return blade(
    `${t('licenses')} | ${t('allProducts')}`,
    [refresh],
    h('div', { class: 'fxs-menu-blade' }, menu, content),
  );
}
