// Billing > Licenses: one row per product, counts in the scenario's count style and locale.
import { formatAssignedOfTotal, formatNumber } from '../../shared/format.ts';
import type { ProductSummary } from '../../shared/types.ts';
import { api } from '../api.ts';
import { config, t } from '../context.ts';
import { clear, h, wrap } from '../dom.ts';
import { detailsList, type Column } from '../details-list.ts';
import { messageBar, spinner } from '../fluent.ts';
import type { Alive } from './app.ts';

function columns(): Column<ProductSummary>[] {
  const { countStyle, locale } = config();
  const n = (v: number) => formatNumber(v, locale);
  const name: Column<ProductSummary> = {
    key: 'name',
    name: t('colProduct'),
    render: (p) => h('a', { href: `#/licensedetailpage/${p.skuId}`, class: 'ms-Link' }, p.name),
  };
  const available: Column<ProductSummary> = {
    key: 'available',
    name: t('availableLicenses'),
    render: (p) => n(p.available),
  };
  if (countStyle === 'columns') {
    return [
      name,
      available,
      { key: 'assigned', name: t('assignedLicenses'), render: (p) => n(p.assigned) },
      { key: 'total', name: t('totalLicenses'), render: (p) => n(p.total) },
    ];
  }
  return [
    name,
    available,
    {
      key: 'assigned',
      name: t('assignedLicenses'),
      render: (p) => formatAssignedOfTotal(p.assigned, p.total, countStyle, locale),
    },
  ];
}

export function renderLicenses(main: HTMLElement, alive: Alive): void {
  document.title = `${t('licenses')} - ${t('adminCenter')}`;
  const body = h('div', null, spinner(t('loading')));
  main.append(h('h1', { class: 'sim-title' }, t('licenses')), h('p', null, t('licensesIntro')), body);
  api<ProductSummary[]>('products').then(
    (products) => {
      if (!alive()) return;
      const list = detailsList<ProductSummary>({
        columns: columns(),
        getKey: (p) => p.skuId,
        ariaLabel: t('licenses'),
      });
      list.setItems(products);
      clear(body, wrap(list.element));
    },
    () => alive() && clear(body, messageBar('error', t('errOther'))),
  );
}
