// A Fluent DetailsList look-alike. Virtualized like Fluent's List: only the rows near the scroll
// position are in the DOM (at most MAX_ROWS), while the grid's aria-rowcount keeps the full size.
import { clear, h, type Child } from './dom.ts';

export type Column<T> = { key: string; name: string; render: (item: T) => Child };
export type ListOptions<T> = {
  columns: Column<T>[];
  getKey: (item: T) => string;
  selectable?: boolean;
  ariaLabel: string;
  onSelectionChange?: (selected: string[]) => void;
};
export type DetailsList<T> = {
  element: HTMLElement;
  setItems(items: T[]): void;
  selected(): string[];
  clearSelection(): void;
};

const ROW_HEIGHT = 43;
const MAX_ROWS = 40;
const OVERSCAN = 8;

export function detailsList<T>(o: ListOptions<T>): DetailsList<T> {
  let items: T[] = [];
  const selection = new Set<string>();
  const grid = h('div', {
    role: 'grid',
    class: 'ms-DetailsList-grid',
    'aria-label': o.ariaLabel,
    'aria-colcount': o.columns.length + (o.selectable ? 1 : 0),
  });
  const page = h('div', { class: 'ms-List-page' });
  const above = h('div', { role: 'presentation' });
  const below = h('div', { role: 'presentation' });
  const scroller = h(
    'div',
    { class: 'ms-DetailsList-contentWrapper', 'data-is-scrollable': 'true' },
    h('div', { class: 'ms-List', role: 'rowgroup' }, above, page, below),
  );
  const headerCheck = h('div', {
    role: 'checkbox',
    class: 'ms-DetailsRow-check',
    'aria-checked': false,
    'aria-label': 'Toggle selection for all items',
    onClick: () => toggleAll(),
  });
  const header = h(
    'div',
    { role: 'row', class: 'ms-DetailsHeader', 'aria-rowindex': 1 },
    o.selectable ? h('div', { role: 'columnheader', class: 'ms-DetailsHeader-cellIsCheck' }, headerCheck) : null,
    o.columns.map((c) =>
      h(
        'div',
        { role: 'columnheader', class: 'ms-DetailsHeader-cell', 'data-item-key': c.key },
        h('span', { class: 'ms-DetailsHeader-cellName' }, c.name),
      ),
    ),
  );
  grid.append(h('div', { role: 'presentation', class: 'ms-DetailsList-headerWrapper' }, header), scroller);
  const element = h('div', { class: 'ms-DetailsList', 'data-automationid': 'DetailsList' }, grid);
  scroller.addEventListener('scroll', () => renderWindow());

  function changed(): void {
    headerCheck.setAttribute('aria-checked', String(items.length > 0 && selection.size === items.length));
    o.onSelectionChange?.([...selection]);
    renderWindow();
  }
  function toggle(key: string): void {
    if (selection.has(key)) selection.delete(key);
    else selection.add(key);
    changed();
  }
  function toggleAll(): void {
    const all = selection.size !== items.length;
    selection.clear();
    if (all) for (const item of items) selection.add(o.getKey(item));
    changed();
  }

  function row(item: T, index: number): HTMLElement {
    const key = o.getKey(item);
    const isSelected = selection.has(key);
    const check = o.selectable
      ? h(
          'div',
          { role: 'gridcell', class: 'ms-DetailsRow-cellCheck' },
          h('div', {
            role: 'checkbox',
            class: 'ms-DetailsRow-check',
            'data-automationid': 'DetailsRowCheck',
            'data-selection-toggle': 'true',
            'aria-checked': isSelected,
            'aria-label': 'Select row',
            onClick: () => toggle(key),
          }),
        )
      : null;
    const cells = o.columns.map((c) =>
      h('div', { role: 'gridcell', class: 'ms-DetailsRow-cell', 'data-automation-key': c.key }, c.render(item)),
    );
    return h(
      'div',
      { class: 'ms-List-cell', 'data-list-index': index },
      h(
        'div',
        {
          role: 'row',
          class: `ms-DetailsRow${isSelected ? ' is-selected' : ''}`,
          'data-automationid': 'DetailsRow',
          'data-selection-index': index,
          'aria-rowindex': index + 2,
          'aria-selected': o.selectable ? isSelected : null,
        },
        check,
        cells,
      ),
    );
  }

  function renderWindow(): void {
    const first = Math.max(0, Math.floor(scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const end = Math.min(items.length, first + MAX_ROWS);
    above.style.height = `${first * ROW_HEIGHT}px`;
    below.style.height = `${(items.length - end) * ROW_HEIGHT}px`;
    clear(
      page,
      items.slice(first, end).map((item, i) => row(item, first + i)),
    );
  }

  return {
    element,
    setItems(next) {
      items = next;
      const keys = new Set(next.map(o.getKey));
      for (const k of [...selection]) if (!keys.has(k)) selection.delete(k);
      grid.setAttribute('aria-rowcount', String(next.length + 1));
      changed();
    },
    selected: () => [...selection],
    clearSelection() {
      selection.clear();
      changed();
    },
  };
}
