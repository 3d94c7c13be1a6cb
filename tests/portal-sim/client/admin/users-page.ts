// Active users: a virtualized DetailsList with the admin center's list search box.
import type { UserRow } from '../../shared/types.ts';
import { api } from '../api.ts';
import { t } from '../context.ts';
import { clear, h, maybeSwap, wrap } from '../dom.ts';
import { detailsList } from '../details-list.ts';
import { commandButton, messageBar, searchBox, spinner } from '../fluent.ts';
import type { Alive } from './app.ts';

/** Case-insensitive "contains" on display name, UPN and mail: what the list search does. */
export function matchesText(query: string, ...fields: string[]): boolean {
  const q = query.trim().toLowerCase();
  return q === '' || fields.some((f) => f.toLowerCase().includes(q));
}

export function renderUsers(main: HTMLElement, alive: Alive): void {
  document.title = `${t('activeUsers')} - ${t('adminCenter')}`;
  const body = h('div', null, spinner(t('loading')));
  main.append(h('h1', { class: 'sim-title' }, t('activeUsers')), body);
  api<UserRow[]>('users').then(
    (users) => {
      if (!alive()) return;
      const list = detailsList<UserRow>({
        ariaLabel: t('activeUsers'),
        selectable: true,
        getKey: (u) => u.upn,
        columns: [
          {
            key: 'displayName',
            name: t('colDisplayName'),
            render: (u) => h('span', { class: 'ms-Link' }, u.displayName),
          },
          { key: 'userPrincipalName', name: t('colUsername'), render: (u) => u.upn },
          {
            key: 'licenses',
            name: t('colLicenses'),
            render: (u) => (u.licenses.length > 0 ? u.licenses.join(', ') : t('unlicensed')),
          },
        ],
      });
      list.setItems(users);
      const search = searchBox(
        t('searchActiveUsers'),
        (q) => list.setItems(users.filter((u) => matchesText(q, u.displayName, u.upn, u.mail))),
        { 'data-automation-id': 'UserListV2,CommandBarSearchInputBox' },
      );
      const [a, b] = maybeSwap(
        h(
          'div',
          { role: 'menubar', class: 'ms-CommandBar' },
          commandButton(t('refresh'), () => window.dispatchEvent(new HashChangeEvent('hashchange'))),
        ),
        wrap(search),
      );
      clear(body, h('div', { class: 'sim-toolbar' }, a, b), wrap(list.element));
    },
    () => alive() && clear(body, messageBar('error', t('errOther'))),
  );
}
