// A product's page: summary counts, Users/Groups tabs, command bar, search, and the licensed list.
import { formatAssignedOfTotal, formatNumber } from '../../shared/format.ts';
import type { ChangeResult, GroupRow, HolderRow, ProductDetail, TargetType } from '../../shared/types.ts';
import { api } from '../api.ts';
import { config, t } from '../context.ts';
import { clear, h, maybeSwap, wrap } from '../dom.ts';
import { detailsList } from '../details-list.ts';
import { commandButton, messageBar, pivot, searchBox, setDisabled, spinner } from '../fluent.ts';
import { unassignMessages } from '../outcome.ts';
import type { Alive } from './app.ts';
import { openAssignPane } from './assign-pane.ts';
import { openUnassignDialog } from './unassign-dialog.ts';
import { matchesText } from './users-page.ts';

/** The renamedAssignButton fault: the command under a name no label table of the extension holds. */
const RENAMED_ASSIGN = {
  en: 'Give licenses',
  nl: 'Licenties uitdelen',
  de: 'Lizenzen vergeben',
  fr: 'Donner des licences',
};

function summary(p: ProductDetail): HTMLElement {
  const { countStyle, locale } = config();
  const item = (key: string, label: string, value: string) =>
    h(
      'div',
      { class: 'sim-summary-item', 'data-sim-count': key },
      h('div', { class: 'sim-summary-label' }, label),
      h('div', { class: 'sim-summary-value' }, value),
    );
  const available = item('available', t('availableLicenses'), formatNumber(p.available, locale));
  if (countStyle === 'columns') {
    const [a, b] = maybeSwap(
      item('assigned', t('assignedLicenses'), formatNumber(p.assigned, locale)),
      item('total', t('totalLicenses'), formatNumber(p.total, locale)),
    );
    return h('div', { class: 'sim-summary' }, available, a, b);
  }
  const assigned = item(
    'assigned',
    t('assignedLicenses'),
    formatAssignedOfTotal(p.assigned, p.total, countStyle, locale),
  );
  return h('div', { class: 'sim-summary' }, ...maybeSwap(available, assigned));
}

function holdersList(onSelection: (keys: string[]) => void) {
  return detailsList<HolderRow>({
    ariaLabel: t('tabUsers'),
    selectable: true,
    getKey: (u) => u.upn,
    onSelectionChange: onSelection,
    columns: [
      { key: 'displayName', name: t('colName'), render: (u) => u.displayName },
      { key: 'mail', name: t('colEmail'), render: (u) => u.mail },
      {
        key: 'assignedThrough',
        name: t('colAssignedThrough'),
        render: (u) => [...(u.direct ? [t('direct')] : []), ...u.groupNames].join(', '),
      },
    ],
  });
}

function groupsList(onSelection: (keys: string[]) => void) {
  return detailsList<GroupRow>({
    ariaLabel: t('tabGroups'),
    selectable: true,
    getKey: (g) => g.id,
    onSelectionChange: onSelection,
    columns: [
      { key: 'groupName', name: t('colGroupName'), render: (g) => g.name },
      { key: 'mail', name: t('colEmail'), render: (g) => g.mail },
      { key: 'members', name: t('colMembers'), render: (g) => formatNumber(g.memberCount, config().locale) },
      { key: 'status', name: t('colStatus'), render: () => t('statusAllAssigned') },
    ],
  });
}

export function renderProduct(main: HTMLElement, alive: Alive, skuId: string): void {
  let tab: TargetType = 'user';
  let messages: HTMLElement[] = [];
  const body = h('div', null, spinner(t('loading')));
  main.append(body);

  const load = (): void => {
    api<ProductDetail>(`products/${encodeURIComponent(skuId)}`).then(
      (detail) => alive() && draw(detail),
      () => alive() && clear(body, messageBar('error', t('errOther'))),
    );
  };

  const draw = (p: ProductDetail): void => {
    document.title = `${p.name} - ${t('adminCenter')}`;
    let query = '';
    const unassignBtn = commandButton(
      t('unassignLicenses'),
      () => openUnassignDialog({ product: p, kind: tab, targets: list.selected(), onDone: done }),
      true,
    );
    const onSelection = (keys: string[]) => setDisabled(unassignBtn, keys.length === 0);
    const list = tab === 'user' ? holdersList(onSelection) : groupsList(onSelection);
    const refill = (): void => {
      if (tab === 'user')
        (list as ReturnType<typeof holdersList>).setItems(
          p.holders.filter((u) => matchesText(query, u.displayName, u.upn, u.mail)),
        );
      else (list as ReturnType<typeof groupsList>).setItems(p.groups.filter((g) => matchesText(query, g.name, g.mail)));
    };
    const done = (result: ChangeResult | null): void => {
      messages = result ? unassignMessages(result) : [];
      load();
    };
    const menubar = h(
      'div',
      { role: 'menubar', class: 'ms-CommandBar', 'aria-label': 'Command bar' },
      commandButton(config().renamedAssignButton ? RENAMED_ASSIGN[config().locale] : t('assignLicenses'), () =>
        openAssignPane({
          product: p,
          kind: tab,
          onChanged: () => {
            messages = [];
            load();
          },
        }),
      ),
      unassignBtn,
      commandButton(t('refresh'), () => {
        messages = [];
        load();
      }),
    );
    const search = searchBox(
      t('search'),
      (q) => {
        query = q;
        refill();
      },
      { 'data-automation-id': 'LicenseDetailsPage,CommandBarSearchInputBox' },
    );
    const tabs = pivot(
      [
        { key: 'user', label: t('tabUsers') },
        { key: 'group', label: t('tabGroups') },
      ],
      tab,
      (key) => {
        tab = key === 'group' ? 'group' : 'user';
        messages = [];
        draw(p);
      },
    );
    refill();
    clear(
      body,
      h('h1', { class: 'sim-title' }, p.name),
      wrap(summary(p)),
      messages,
      tabs,
      h('div', { class: 'sim-toolbar' }, ...maybeSwap(wrap(menubar), wrap(search))),
      wrap(list.element),
    );
  };
  load();
}
