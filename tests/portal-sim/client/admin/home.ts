// Home and "Your products": simple pages, present so navigation and Simplified view have targets.
import { api } from '../api.ts';
import { config, t } from '../context.ts';
import { clear, h, maybeSwap, wrap } from '../dom.ts';
import { spinner } from '../fluent.ts';
import { formatNumber } from '../../shared/format.ts';
import type { ProductSummary } from '../../shared/types.ts';
import type { Alive } from './app.ts';

function card(title: string, hash: string): HTMLElement {
  return h('div', { class: 'ms-Card sim-card' }, h('a', { href: hash, class: 'ms-Link' }, title));
}

export function renderHome(main: HTMLElement): void {
  const c = config();
  const [first, second] = maybeSwap(card(t('licenses'), '#/licenses'), card(t('activeUsers'), '#/users'));
  main.append(
    h('h1', { class: 'sim-title' }, t('homeTitle')),
    h('p', null, t('homeWelcome', { tenant: c.tenantName })),
    h(
      'div',
      { class: 'sim-view-switch', 'data-automation-id': 'HomeViewToggle' },
      c.simplifiedView ? t('simplifiedView') : t('dashboardView'),
    ),
    wrap(h('div', { class: 'sim-cards' }, first, second)),
  );
}

export function renderSubscriptions(main: HTMLElement, alive: Alive): void {
  const body = h('div', null, spinner(t('loading')));
  main.append(h('h1', { class: 'sim-title' }, t('yourProducts')), body);
  void api<ProductSummary[]>('products').then((products) => {
    if (!alive()) return;
    clear(
      body,
      h(
        'ul',
        { class: 'sim-subscriptions' },
        products.map((p) =>
          h('li', null, h('span', null, p.name), ' ', h('span', null, formatNumber(p.total, config().locale))),
        ),
      ),
    );
  });
}
