// A small admin-center product page in happy-dom for removals, built with DOM calls: the users
// list with row check boxes and an "Assigned through" column, Unassign licenses in the command bar,
// the confirm dialog in a body-level layer, and MessageBars over the list after Unassign.
import { Window as HappyWindow } from 'happy-dom';

export const SKU = 'f8a1db68-be16-40ed-86d5-cb42ce701560';
export const PRODUCT_URL = `https://admin.microsoft.com/Adminportal/Home#/licensedetailpage/${SKU}`;

export type Holder = { upn: string; name: string; through: string[] };

export type ListPage = {
  doc: Document;
  win: Window & typeof globalThis;
  holders: Holder[];
  /** Per-upn error texts Unassign shows (the license stays). */
  refuse: Map<string, string>;
  /** Every Unassign click, with the upns ticked at that moment. */
  unassigned: string[][];
  render(): void;
  rowOf(upn: string): Element | undefined;
  isTicked(upn: string): boolean;
  tick(upn: string): void;
  /** A MessageBar already on the page (an earlier batch's). */
  addBar(kind: 'success' | 'error', text: string): void;
  close(): Promise<void>;
};

export function listPage(holders: Holder[]): ListPage {
  const window = new HappyWindow({ url: PRODUCT_URL, settings: { disableErrorCapturing: true } });
  const doc = window.document as unknown as Document;
  const win = window as unknown as Window & typeof globalThis;
  const el = (tag: string, attrs: Record<string, string> = {}, ...kids: (Node | string)[]) => {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    e.append(...kids);
    return e;
  };
  const ticked = new Set<string>();
  const bars = el('div');
  const grid = el('div', { role: 'grid' });
  const unassignButton = el(
    'button',
    { role: 'menuitem', class: 'ms-Button', disabled: '' },
    'Unassign licenses',
  ) as HTMLButtonElement;
  const main = el(
    'div',
    { role: 'main' },
    el('h1', {}, 'Power BI Pro'),
    el(
      'div',
      { role: 'tablist' },
      el('button', { role: 'tab', 'aria-selected': 'true' }, 'Users'),
      el('button', { role: 'tab', 'aria-selected': 'false' }, 'Groups'),
    ),
    el(
      'div',
      { role: 'menubar' },
      el('button', { role: 'menuitem', class: 'ms-Button' }, 'Assign licenses'),
      unassignButton,
    ),
    bars,
    el('div', { 'data-automationid': 'DetailsList' }, grid),
  );
  doc.documentElement.setAttribute('lang', 'en');
  doc.body.append(main);

  const page: ListPage = {
    doc,
    win,
    holders,
    refuse: new Map(),
    unassigned: [],
    render() {
      grid.setAttribute('aria-rowcount', String(page.holders.length + 1));
      grid.replaceChildren(
        ...page.holders.map((h, i) => {
          const check = el('div', {
            role: 'checkbox',
            'data-automationid': 'DetailsRowCheck',
            'aria-checked': String(ticked.has(h.upn)),
          });
          check.addEventListener('click', () => page.tick(h.upn));
          return el(
            'div',
            { role: 'row', 'data-automationid': 'DetailsRow', 'aria-rowindex': String(i + 2) },
            el('div', { role: 'gridcell' }, check),
            el('div', { role: 'gridcell', 'data-automation-key': 'displayName' }, h.name),
            el('div', { role: 'gridcell', 'data-automation-key': 'mail' }, h.upn),
            el('div', { role: 'gridcell', 'data-automation-key': 'assignedThrough' }, h.through.join(', ')),
          );
        }),
      );
      unassignButton.disabled = ticked.size === 0;
    },
    rowOf: (upn) => [...grid.children].find((r) => r.textContent?.includes(upn)),
    isTicked: (upn) => ticked.has(upn),
    tick(upn) {
      if (ticked.has(upn)) ticked.delete(upn);
      else ticked.add(upn);
      page.render();
    },
    addBar(kind, text) {
      bars.append(el('div', { class: `ms-MessageBar ms-MessageBar--${kind}` }, el('span', {}, text)));
    },
    close: () => window.happyDOM.close(),
  };

  unassignButton.addEventListener('click', () => {
    const confirm = el('button', { class: 'ms-Button ms-Button--primary' }, 'Unassign');
    const cancel = el('button', { class: 'ms-Button' }, 'Cancel');
    const layer = el(
      'div',
      { class: 'ms-Layer' },
      el(
        'div',
        { role: 'alertdialog', 'aria-modal': 'true' },
        el('div', { role: 'heading', 'aria-level': '1' }, 'Unassign licenses?'),
        confirm,
        cancel,
      ),
    );
    cancel.addEventListener('click', () => layer.remove());
    confirm.addEventListener('click', () => {
      const chosen = [...ticked];
      page.unassigned.push(chosen);
      layer.remove();
      // The portal answers a moment later: the list reloads with the outcome over it.
      setTimeout(() => {
        const failed = chosen.filter((u) => page.refuse.has(u));
        page.holders = page.holders.filter((h) => !chosen.includes(h.upn) || failed.includes(h.upn));
        ticked.clear();
        bars.replaceChildren();
        const done = chosen.length - failed.length;
        if (done > 0) page.addBar('success', `Licenses unassigned: ${done}.`);
        if (failed.length > 0) {
          const names = failed.map((u) => `${page.holders.find((h) => h.upn === u)?.name ?? u}: ${page.refuse.get(u)}`);
          bars.append(
            el(
              'div',
              { class: 'ms-MessageBar ms-MessageBar--error' },
              el('span', {}, `${failed.length} of ${chosen.length} failed`),
              el('ul', {}, ...names.map((n) => el('li', {}, n))),
            ),
          );
        }
        page.render();
      }, 5);
    });
    doc.body.append(layer);
  });
  page.render();
  return page;
}
