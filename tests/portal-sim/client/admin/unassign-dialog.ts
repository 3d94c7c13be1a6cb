// "Unassign licenses?": a blocking Fluent Dialog (alertdialog) with Unassign and Cancel.
import type { ChangeResult, ProductSummary, TargetType } from '../../shared/types.ts';
import { api } from '../api.ts';
import { t } from '../context.ts';
import { clear, h, uid } from '../dom.ts';
import { button, messageBar, spinner } from '../fluent.ts';
import { openLayer } from '../layer.ts';

export type UnassignOptions = {
  product: ProductSummary;
  kind: TargetType;
  targets: string[];
  /** Called with the result after Unassign, or null after Cancel. */
  onDone: (result: ChangeResult | null) => void;
};

export function openUnassignDialog(o: UnassignOptions): void {
  if (o.targets.length === 0) return;
  const layer = openLayer();
  const titleId = uid('dialog-title');
  const actions = h('div', { class: 'ms-Dialog-actionsRight' });
  const inner = h(
    'div',
    { class: 'ms-Dialog-inner' },
    h(
      'p',
      { class: 'ms-Dialog-subText' },
      t('unassignBody', { kind: t(o.kind === 'user' ? 'kindUsers' : 'kindGroups'), product: o.product.name }),
    ),
    h('div', { class: 'ms-Dialog-actions' }, actions),
  );
  const cancel = (): void => {
    layer.close();
    o.onDone(null);
  };
  const confirm = async (): Promise<void> => {
    clear(actions, spinner(t('unassigning')));
    try {
      const result = await api<ChangeResult>('unassign', {
        skuId: o.product.skuId,
        targetType: o.kind,
        targets: o.targets,
        portal: 'admin',
      });
      layer.close();
      o.onDone(result);
    } catch {
      clear(actions, messageBar('error', t('errOther')), button({ label: t('close'), onClick: cancel }));
    }
  };
  clear(
    actions,
    button({ label: t('unassign'), primary: true, onClick: () => void confirm() }),
    button({ label: t('cancel'), onClick: cancel }),
  );
  layer.host.appendChild(
    h(
      'div',
      { class: 'ms-Modal ms-Dialog is-open' },
      h('div', { class: 'ms-Overlay ms-Overlay--dark' }),
      h(
        'div',
        { class: 'ms-Dialog-main', role: 'alertdialog', 'aria-modal': true, 'aria-labelledby': titleId },
        h(
          'div',
          { class: 'ms-Dialog-header' },
          h('div', { id: titleId, role: 'heading', 'aria-level': 1, class: 'ms-Dialog-title' }, t('unassignTitle')),
        ),
        inner,
      ),
    ),
  );
}
