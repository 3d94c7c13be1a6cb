// Azure portal shell pieces (Knockout-era markup): blades, command bar buttons, grids, toasts.
import { h, type Child } from '../dom.ts';

export function toolbarButton(label: string, onClick: () => void, disabled = false): HTMLElement {
  const el = h(
    'div',
    {
      role: 'button',
      tabindex: 0,
      class: 'azc-toolbarButton-container fxs-commandBar-item-button',
      'aria-disabled': disabled,
      title: label,
    },
    h('span', { class: 'azc-toolbarButton-label fxs-commandBar-item-text' }, label),
  );
  el.addEventListener('click', () => {
    if (el.getAttribute('aria-disabled') !== 'true') onClick();
  });
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') el.click();
  });
  return el;
}

export function setToolbarDisabled(el: HTMLElement, disabled: boolean): void {
  el.setAttribute('aria-disabled', String(disabled));
}

export function blade(
  title: string | HTMLElement,
  commands: HTMLElement[],
  content: Child,
  onClose?: () => void,
): HTMLElement {
  return h(
    'section',
    {
      class: 'fxs-blade fxs-stacklayout-child',
      role: 'region',
      'aria-label': typeof title === 'string' ? title : null,
    },
    h(
      'header',
      { class: 'fxs-blade-header' },
      h(
        'div',
        { class: 'fxs-blade-title' },
        h('h2', { class: 'fxs-blade-title-titleText', role: 'heading', 'aria-level': 2 }, title),
      ),
      onClose
        ? h('button', { type: 'button', class: 'fxs-blade-close', 'aria-label': 'Close', onClick: onClose }, '×')
        : null,
    ),
    commands.length > 0
      ? h(
          'div',
          { class: 'fxs-blade-commandBarContainer' },
          h(
            'div',
            { class: 'fxs-commandBar' },
            h(
              'ul',
              { class: 'fxs-commandBar-itemList', role: 'toolbar' },
              commands.map((c) => h('li', { class: 'fxs-commandBar-item' }, c)),
            ),
          ),
        )
      : null,
    h('div', { class: 'fxs-blade-content' }, content),
  );
}

export type GridColumn<T> = { key: string; name: string; render: (item: T) => Child };
export type GridSelection = { selected: Set<string>; onToggle: (key: string) => void };

export function azcGrid<T>(
  columns: GridColumn<T>[],
  items: T[],
  getKey: (item: T) => string,
  selection?: GridSelection,
): HTMLElement {
  const checkHead = selection ? h('th', { role: 'columnheader', class: 'azc-grid-selectableCell' }) : null;
  const rows = items.map((item, i) => {
    const key = getKey(item);
    const checked = selection?.selected.has(key) ?? false;
    const check = selection
      ? h(
          'td',
          { role: 'gridcell', class: 'azc-grid-selectableCell' },
          h('div', {
            role: 'checkbox',
            class: 'azc-checkBox',
            'aria-checked': checked,
            'aria-label': key,
            tabindex: 0,
            onClick: () => selection.onToggle(key),
          }),
        )
      : null;
    return h(
      'tr',
      { role: 'row', 'aria-rowindex': i + 2, 'aria-selected': selection ? checked : null, 'data-row-key': key },
      check,
      columns.map((c) => h('td', { role: 'gridcell', 'data-column-key': c.key }, c.render(item))),
    );
  });
  return h(
    'div',
    { class: 'azc-grid' },
    h(
      'div',
      { class: 'azc-grid-container' },
      h(
        'table',
        { role: 'grid', class: 'azc-grid-full', 'aria-rowcount': items.length + 1 },
        h(
          'thead',
          null,
          h(
            'tr',
            { role: 'row', 'aria-rowindex': 1 },
            checkHead,
            columns.map((c) =>
              h(
                'th',
                { role: 'columnheader', 'data-column-key': c.key },
                h('div', { class: 'azc-grid-headerLabel' }, c.name),
              ),
            ),
          ),
        ),
        h('tbody', null, rows),
      ),
    ),
  );
}

/** A portal notification toast. */
export function toast(ok: boolean, title: string, text: string): HTMLElement {
  for (const old of document.querySelectorAll('.fxs-toast')) old.remove();
  const el = h(
    'div',
    { class: `fxs-toast ${ok ? 'fxs-toast-success' : 'fxs-toast-error'}`, role: ok ? 'status' : 'alert' },
    h('div', { class: 'fxs-toast-title' }, title),
    h('div', { class: 'fxs-toast-description' }, text),
  );
  document.body.appendChild(el);
  return el;
}
