// A product's blade: its licensed users. Read-only today (a note points to the admin center);
// with the scenario's legacy flag it has "+ Assign" and "Remove license" as before September 2024.
import type { ChangeResult, HolderRow, ProductDetail } from '../../shared/types.ts';
import { api } from '../api.ts';
import { config, t } from '../context.ts';
import { clear, h, wrap } from '../dom.ts';
import { messageBar, spinner } from '../fluent.ts';
import { errorText } from '../outcome.ts';
import { openLegacyAssign } from './legacy-assign.ts';
import { azcGrid, blade, setToolbarDisabled, toast, toolbarButton } from './parts.ts';

export type Journey = { push(blade: HTMLElement): void; popTo(depth: number): void };

export function productBlade(skuId: string, isAlive: () => boolean, journey: Journey): HTMLElement {
  const c = config();
  const content = h('div', { class: 'fxs-part-content' }, spinner(t('loading')));
  const selected = new Set<string>();
  const commands: HTMLElement[] = [];
  const remove = toolbarButton(t('removeLicense'), () => void removeSelected(), true);
  if (c.azureLegacyAssign) {
    commands.push(
      toolbarButton(t('plusAssign'), () => openLegacyAssign({ skuId, journey, onDone: load })),
      remove,
    );
  }
  commands.push(toolbarButton(t('refresh'), () => load()));
  const title = h('span', null, t('licensedUsers'));
  const section = blade(title, commands, content);

  let detail: ProductDetail | undefined;
  function draw(): void {
    if (!detail) return;
    const p = detail;
    title.textContent = `${p.name} | ${t('licensedUsers')}`;
    setToolbarDisabled(remove, selected.size === 0);
    const note = c.azureLegacyAssign
      ? null
      : h(
          'div',
          null,
          messageBar('info', t('movedToAdminCenter')),
          h(
            'a',
            { href: `${c.links.admin}/#/licensedetailpage/${p.skuId}`, target: '_blank', rel: 'noopener' },
            t('openAdminCenter'),
          ),
        );
    const onToggle = (key: string) => {
      if (selected.has(key)) selected.delete(key);
      else selected.add(key);
      draw();
    };
    const grid = azcGrid<HolderRow>(
      [
        { key: 'name', name: t('colName'), render: (u) => u.displayName },
        { key: 'mail', name: t('colEmail'), render: (u) => u.mail },
        {
          key: 'assignmentPaths',
          name: t('colAssignedThrough'),
          render: (u) => [...(u.direct ? [t('direct')] : []), ...u.groupNames].join(', '),
        },
      ],
      p.holders,
      (u) => u.upn,
      c.azureLegacyAssign ? { selected, onToggle } : undefined,
    );
    clear(content, note, wrap(grid));
  }
  function load(): void {
    void api<ProductDetail>(`products/${encodeURIComponent(skuId)}`).then(
      (d) => {
        if (!isAlive()) return;
        detail = d;
        for (const k of [...selected]) if (!d.holders.some((u) => u.upn === k)) selected.delete(k);
        draw();
      },
      () => isAlive() && clear(content, messageBar('error', t('errOther'))),
    );
  }
  async function removeSelected(): Promise<void> {
    const targets = [...selected];
    selected.clear();
    const result = await api<ChangeResult>('unassign', { skuId, targetType: 'user', targets, portal: 'azure' });
    const failed = result.errors[0];
    toast(
      !failed,
      t(failed ? 'errOther' : 'removeLicense'),
      failed ? `${failed.name}: ${errorText(failed.code)}` : t('unassignedOk', { count: result.applied.length }),
    );
    load();
  }
  load();
  return section;
}
