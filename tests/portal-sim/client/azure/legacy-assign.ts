// The pre-2024 assign flow of the Azure portal: "+ Assign" opens "Assign license" with
// "Users and groups" (a search blade with Select) and "Assignment options" (plan toggles, OK),
// then "Assign". Used when the scenario sets azure.legacyAssign.
import type { ChangeResult, Suggestion, TargetType } from '../../shared/types.ts';
import { api } from '../api.ts';
import { t } from '../context.ts';
import { clear, h } from '../dom.ts';
import { errorText } from '../outcome.ts';
import { blade, toast } from './parts.ts';
import type { Journey } from './product-blade.ts';

type Picked = Suggestion & { type: TargetType };
export type LegacyAssignOptions = { skuId: string; journey: Journey; onDone: () => void };

function fxsButton(label: string, onClick: () => void, disabled = false): HTMLButtonElement {
  const b = h(
    'button',
    {
      type: 'button',
      class: 'fxs-button fxs-button-primary',
      onClick: () => {
        if (!b.disabled) onClick();
      },
    },
    label,
  );
  b.disabled = disabled;
  return b;
}

function menuRow(label: string, sub: HTMLElement, onClick: () => void): HTMLElement {
  return h(
    'div',
    { role: 'button', tabindex: 0, class: 'fxs-part-listItem', 'aria-label': label, onClick },
    h('div', { class: 'fxs-part-listItem-title' }, label),
    sub,
  );
}

export function openLegacyAssign(o: LegacyAssignOptions): void {
  let picked: Picked[] = [];
  const usersSub = h('div', { class: 'fxs-part-listItem-subtitle' }, t('noneSelected'));
  const assignBtn = fxsButton(t('assign'), () => void submit(), true);
  const refresh = () => {
    usersSub.textContent = picked.length === 0 ? t('noneSelected') : t('selectedCount', { count: picked.length });
    assignBtn.disabled = picked.length === 0;
  };
  o.journey.popTo(1);
  o.journey.push(
    blade(
      t('assignLicense'),
      [],
      h(
        'div',
        null,
        menuRow(t('usersAndGroups'), usersSub, () => openPicker()),
        menuRow(t('assignmentOptions'), h('div', { class: 'fxs-part-listItem-subtitle' }), () => openOptions()),
        h('div', { class: 'fxs-blade-footer' }, assignBtn),
      ),
      () => o.journey.popTo(1),
    ),
  );

  function openPicker(): void {
    const chosen = new Map(picked.map((p) => [p.id, p]));
    const results = h('div', { role: 'listbox', 'aria-multiselectable': 'true', class: 'fxs-picker-results' });
    const draw = (found: Picked[]) =>
      clear(
        results,
        found.map((s) =>
          h(
            'div',
            {
              role: 'option',
              'aria-selected': chosen.has(s.id),
              class: 'fxs-picker-item',
              onClick: () => {
                if (chosen.has(s.id)) chosen.delete(s.id);
                else chosen.set(s.id, s);
                draw(found);
              },
            },
            h('div', null, s.primary),
            h('div', { class: 'fxs-picker-item-secondary' }, s.secondary),
          ),
        ),
      );
    let token = 0;
    const input = h('input', {
      type: 'text',
      class: 'azc-input azc-formControl',
      role: 'searchbox',
      'aria-label': t('search'),
      placeholder: t('search'),
    });
    input.addEventListener('input', () => {
      const mine = ++token;
      const q = encodeURIComponent(input.value);
      void Promise.all([
        api<Suggestion[]>(`search?kind=user&q=${q}`),
        api<Suggestion[]>(`search?kind=group&q=${q}`),
      ]).then(([users, groups]) => {
        if (mine === token)
          draw([
            ...users.map((u) => ({ ...u, type: 'user' as const })),
            ...groups.map((g) => ({ ...g, type: 'group' as const })),
          ]);
      });
    });
    o.journey.popTo(2);
    o.journey.push(
      blade(
        t('usersAndGroups'),
        [],
        h(
          'div',
          null,
          input,
          results,
          h(
            'div',
            { class: 'fxs-blade-footer' },
            fxsButton(t('select'), () => {
              picked = [...chosen.values()];
              refresh();
              o.journey.popTo(2);
            }),
          ),
        ),
        () => o.journey.popTo(2),
      ),
    );
  }

  function openOptions(): void {
    const plans = ['Power BI', 'Exchange Foundation'].map((name) =>
      h(
        'div',
        { class: 'fxs-plan' },
        h('span', null, name),
        h(
          'div',
          { role: 'switch', 'aria-checked': true, 'aria-label': name, class: 'azc-toggle', tabindex: 0 },
          t('on'),
        ),
      ),
    );
    o.journey.popTo(2);
    o.journey.push(
      blade(
        t('assignmentOptions'),
        [],
        h(
          'div',
          null,
          plans,
          h(
            'div',
            { class: 'fxs-blade-footer' },
            fxsButton(t('ok'), () => o.journey.popTo(2)),
          ),
        ),
        () => o.journey.popTo(2),
      ),
    );
  }

  async function submit(): Promise<void> {
    assignBtn.disabled = true;
    const messages: string[] = [];
    let ok = true;
    for (const type of ['user', 'group'] as const) {
      const targets = picked.filter((p) => p.type === type).map((p) => p.id);
      if (targets.length === 0) continue;
      const r = await api<ChangeResult>('assign', { skuId: o.skuId, targetType: type, targets, portal: 'azure' });
      if (r.outcome !== 'success') ok = false;
      if (r.code) messages.push(errorText(r.code));
      for (const e of r.errors) messages.push(`${e.name}: ${errorText(e.code)}`);
    }
    toast(ok, ok ? t('azureAssignOk') : t('azureAssignFailed'), messages.join(' '));
    o.journey.popTo(1);
    o.onDone();
  }
}
