// The "Assign licenses to users/groups" pane: a Fluent Panel in a body-level layer with the
// picker, "Turn apps and services on or off", Assign (spinner, then the outcome) and Close.
import type { ChangeResult, PaneConfig, ProductSummary, TargetType } from '../../shared/types.ts';
import { api } from '../api.ts';
import { t } from '../context.ts';
import { clear, h, uid, wrap } from '../dom.ts';
import { button, checkbox, messageBar, setDisabled, spinner } from '../fluent.ts';
import { openLayer } from '../layer.ts';
import { assignMessages } from '../outcome.ts';
import { peoplePicker } from './people-picker.ts';

export type AssignPaneOptions = { product: ProductSummary; kind: TargetType; onChanged: () => void };

function appsSection(product: ProductSummary): HTMLElement {
  const list = h(
    'div',
    { class: 'sim-apps', hidden: true },
    checkbox(product.name, true),
    checkbox('Exchange Foundation', true),
  );
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'ms-Link',
      'aria-expanded': false,
      onClick: () => {
        list.hidden = !list.hidden;
        toggle.setAttribute('aria-expanded', String(!list.hidden));
      },
    },
    t('turnAppsOnOff'),
  );
  return h('div', null, toggle, list);
}

export function openAssignPane(o: AssignPaneOptions): void {
  const layer = openLayer();
  const titleId = uid('panel-title');
  const status = h('div', { class: 'sim-pane-status' });
  const content = h('div', { class: 'ms-Panel-content' });
  const footer = h('div', { class: 'ms-Panel-footerInner' });
  const close = (): void => {
    picker.dispose();
    layer.close();
  };
  const closeX = h(
    'button',
    {
      type: 'button',
      class: 'ms-Button ms-Button--icon ms-Panel-closeButton',
      'aria-label': t('close'),
      onClick: close,
    },
    '×',
  );
  layer.host.appendChild(
    h(
      'div',
      { class: 'ms-Panel is-open ms-Panel--medium' },
      h('div', { class: 'ms-Overlay' }),
      h(
        'div',
        { class: 'ms-Panel-main', role: 'dialog', 'aria-modal': true, 'aria-labelledby': titleId },
        h('div', { class: 'ms-Panel-commands' }, closeX),
        h(
          'div',
          { class: 'ms-Panel-contentInner' },
          h(
            'div',
            { class: 'ms-Panel-header' },
            h(
              'div',
              { id: titleId, role: 'heading', 'aria-level': 1, class: 'ms-Panel-headerText' },
              o.kind === 'user' ? t('assignToUsers') : t('assignToGroups'),
            ),
          ),
          h('div', { class: 'ms-Panel-scrollableContent' }, status, content),
          h('div', { class: 'ms-Panel-footer' }, footer),
        ),
      ),
    ),
  );

  let paneConfig: PaneConfig = { closeAfterPicks: null, maxPicks: 20 };
  const assignBtn = button({ label: t('assign'), primary: true, disabled: true, onClick: () => void submit() });
  const cancelBtn = button({ label: t('cancel'), onClick: close });
  const picker = peoplePicker({
    kind: o.kind,
    maxPicks: paneConfig.maxPicks,
    onLimit: () => clear(status, messageBar('warning', o.kind === 'user' ? t('tooManyUsers') : t('tooManyGroups'))),
    onChange: (picked) => {
      clear(status);
      setDisabled(assignBtn, picked.length === 0);
      if (paneConfig.closeAfterPicks !== null && picked.length >= paneConfig.closeAfterPicks) {
        void api('pane-closed', {}).finally(close); // the fault: the pane goes away by itself
      }
    },
  });
  void api<PaneConfig>('pane').then((c) => {
    paneConfig = c;
  });
  clear(
    content,
    h('p', null, o.kind === 'user' ? t('paneIntroUsers') : t('paneIntroGroups')),
    h('div', { class: 'sim-pane-product' }, o.product.name),
    wrap(picker.element),
    appsSection(o.product),
  );
  clear(footer, assignBtn, cancelBtn);

  async function submit(): Promise<void> {
    const targets = picker.picked().map((s) => s.id);
    if (targets.length === 0) return;
    picker.setDisabled(true);
    setDisabled(assignBtn, true);
    setDisabled(cancelBtn, true);
    clear(status, spinner(t('assigning')));
    let result: ChangeResult;
    try {
      result = await api<ChangeResult>('assign', {
        skuId: o.product.skuId,
        targetType: o.kind,
        targets,
        portal: 'admin',
      });
    } catch {
      clear(status, messageBar('error', t('errOther')));
      picker.setDisabled(false);
      setDisabled(assignBtn, false);
      setDisabled(cancelBtn, false);
      return;
    }
    if (!layer.isOpen()) return;
    if (result.outcome === 'failed') {
      // Nothing changed: the picks stay so the admin can fix and retry.
      clear(status, assignMessages(result, o.kind));
      picker.setDisabled(false);
      setDisabled(assignBtn, false);
      setDisabled(cancelBtn, false);
      return;
    }
    clear(status, assignMessages(result, o.kind));
    clear(
      content,
      h(
        'ul',
        { class: 'sim-assigned' },
        result.applied.map((id) => h('li', null, picker.picked().find((s) => s.id === id)?.primary ?? id)),
      ),
    );
    clear(footer, button({ label: t('close'), primary: true, onClick: close }));
    o.onChanged();
  }
}
