// A small admin-center product page in happy-dom, built with DOM calls (no HTML strings), with
// just enough behaviour for the executor: a React-like picker whose suggestions arrive on the next
// tick, options that pick on click, an Assign button, MessageBars, a searchable users list.
import { Window as HappyWindow } from 'happy-dom';

export const SKU = 'f8a1db68-be16-40ed-86d5-cb42ce701560';
export const PRODUCT_URL = `https://admin.microsoft.com/Adminportal/Home#/licensedetailpage/${SKU}`;

export type Person = { upn: string; name: string };

export type FakePage = {
  window: HappyWindow;
  doc: Document;
  win: Window & typeof globalThis;
  openPane(): HTMLElement;
  /** The directory the picker searches; `hidden` are never suggested. */
  people: Person[];
  hidden: Set<string>;
  holders: Person[];
  clicks: string[];
  /** What the Assign click shows: a success bar, an error bar, per-person lines. */
  onAssign: (picked: Person[]) => { success?: string; error?: string; lines?: string[] };
  close(): Promise<void>;
};

export function fakePage(url = PRODUCT_URL): FakePage {
  const window = new HappyWindow({ url, settings: { disableErrorCapturing: true } });
  const doc = window.document as unknown as Document;
  const win = window as unknown as Window & typeof globalThis;
  const el = (tag: string, attrs: Record<string, string> = {}, ...kids: (Node | string)[]) => {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    e.append(...kids);
    return e;
  };
  const page: FakePage = {
    window,
    doc,
    win,
    people: [],
    hidden: new Set(),
    holders: [],
    clicks: [],
    onAssign: () => ({ success: 'Power BI Pro licenses assigned.' }),
    openPane,
    close: () => window.happyDOM.close(),
  };
  doc.documentElement.setAttribute('lang', 'en');
  const main = el('div', { role: 'main' });
  const assigned = el('span', {}, '7');
  const search = el('input', {
    role: 'searchbox',
    'data-automation-id': 'LicenseDetailsPage,CommandBarSearchInputBox',
  }) as HTMLInputElement;
  const rows = el('div', { role: 'rowgroup' });
  const renderRows = () => {
    const q = search.value.toLowerCase();
    rows.replaceChildren(
      ...page.holders
        .filter((p) => q && (p.upn.includes(q) || p.name.toLowerCase().includes(q)))
        .map((p, i) =>
          el(
            'div',
            { role: 'row', 'data-automationid': 'DetailsRow', 'data-selection-index': String(i) },
            el('div', { role: 'gridcell', 'data-automation-key': 'displayName' }, p.name),
            el('div', { role: 'gridcell', 'data-automation-key': 'mail' }, p.upn),
          ),
        ),
    );
  };
  search.addEventListener('input', renderRows);
  const assignLicenses = el('button', { role: 'menuitem' }, 'Assign licenses');
  assignLicenses.addEventListener('click', () => openPane());
  main.append(
    el('h1', {}, 'Power BI Pro'),
    el('div', {}, el('div', {}, 'Assigned licenses'), el('div', {}, assigned)),
    el(
      'div',
      { role: 'tablist' },
      el('button', { role: 'tab', 'aria-selected': 'true' }, 'Users'),
      el('button', { role: 'tab', 'aria-selected': 'false' }, 'Groups'),
    ),
    el('div', { role: 'menubar' }, assignLicenses),
    search,
    el('div', { 'data-automationid': 'DetailsList' }, el('div', { role: 'grid', 'aria-rowcount': '1' }, rows)),
  );
  doc.body.append(main);

  function openPane(): HTMLElement {
    const picked: Person[] = [];
    const items = el('div', { class: 'ms-BasePicker-itemsWrapper' });
    const input = el('input', {
      role: 'combobox',
      'aria-haspopup': 'listbox',
      class: 'ms-BasePicker-input',
      'aria-controls': 'sug',
    }) as HTMLInputElement;
    const status = el('div');
    const assign = el('button', { class: 'ms-Button ms-Button--primary' }, 'Assign') as HTMLButtonElement;
    const layer = el('div', { class: 'ms-Layer' });
    const suggestions = el('div', { class: 'ms-Layer' });
    const pane = el(
      'div',
      { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'pane-title' },
      el('div', { role: 'heading', 'aria-level': '1', id: 'pane-title' }, 'Assign licenses to users'),
      el('button', { class: 'ms-Panel-closeButton', 'aria-label': 'Close' }, '×'),
      status,
      items,
      input,
      assign,
    );
    pane.querySelector('.ms-Panel-closeButton')!.addEventListener('click', () => layer.remove());
    input.addEventListener('input', () => {
      const q = input.value.toLowerCase();
      suggestions.replaceChildren();
      if (!q) return;
      win.setTimeout(() => {
        const found = page.people.filter(
          (p) =>
            !page.hidden.has(p.upn) &&
            !picked.includes(p) &&
            (p.upn.startsWith(q) || p.name.toLowerCase().startsWith(q)),
        );
        const options =
          found.length === 0
            ? [el('div', { role: 'option', 'aria-disabled': 'true' }, 'No results found')]
            : found.map((p) => {
                const option = el('button', { role: 'option' }, el('div', {}, p.name), el('div', {}, p.upn));
                option.addEventListener('click', () => {
                  picked.push(p);
                  suggestions.replaceChildren();
                  input.value = '';
                  items.append(
                    el(
                      'div',
                      { 'data-selection-index': String(picked.length - 1) },
                      el('span', { title: p.upn }, p.name),
                    ),
                  );
                });
                return option;
              });
        suggestions.replaceChildren(el('div', { role: 'listbox', id: 'sug' }, ...options));
      }, 5);
    });
    assign.addEventListener('click', () => {
      page.clicks.push('assign');
      const result = page.onAssign([...picked]);
      const bars: HTMLElement[] = [];
      if (result.success)
        bars.push(el('div', { class: 'ms-MessageBar ms-MessageBar--success' }, el('span', {}, result.success)));
      if (result.error) {
        bars.push(
          el(
            'div',
            { class: 'ms-MessageBar ms-MessageBar--error' },
            el('span', {}, result.error),
            el('ul', {}, ...(result.lines ?? []).map((l) => el('li', {}, l))),
          ),
        );
      }
      status.replaceChildren(...bars);
    });
    layer.append(pane);
    doc.body.append(layer, suggestions);
    return pane;
  }

  return page;
}
