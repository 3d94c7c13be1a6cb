// A virtualized product-page list in happy-dom, drawn like Fluent's DetailsList: a header row, then
// only the rows near the scroll position (WINDOW rows, OVERSCAN above), while the grid's
// aria-rowcount keeps the full size. happy-dom does no layout, so the scroller reports the heights
// a browser would (ROW_HEIGHT per row) and redraws on its scroll event as Fluent's List does.
import { Window as HappyWindow } from 'happy-dom';

export const ROW_HEIGHT = 43;
const WINDOW = 40;
const OVERSCAN = 8;

export type Row = { name: string; mail: string; through: string[] };
export type Headers = { name: string; mail: string; through: string };

export type VirtualList = {
  doc: Document;
  win: Window & typeof globalThis;
  scroller: HTMLElement;
  /** Rows drawn so far, by index: what a reader could have seen. */
  drawn: Set<number>;
  /** Stops redrawing on scroll (a list that hangs). */
  freeze(): void;
  search(text: string): void;
  close(): Promise<void>;
};

export function virtualList(
  rows: Row[],
  headers: Headers = { name: 'Name', mail: 'Email', through: 'Assigned through' },
  lang = 'en',
): VirtualList {
  const window = new HappyWindow({ url: 'https://admin.microsoft.com/#/licensedetailpage/x' });
  const doc = window.document as unknown as Document;
  const el = (tag: string, attrs: Record<string, string> = {}, ...kids: (Node | string)[]) => {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    e.append(...kids);
    return e;
  };
  doc.documentElement.setAttribute('lang', lang);
  let items = rows;
  let frozen = false;
  const drawn = new Set<number>();
  const page = el('div', { role: 'rowgroup' });
  const scroller = el('div', { 'data-is-scrollable': 'true' }, page);
  Object.defineProperty(scroller, 'clientHeight', { get: () => 10 * ROW_HEIGHT });
  Object.defineProperty(scroller, 'scrollHeight', { get: () => items.length * ROW_HEIGHT });
  const grid = el(
    'div',
    { role: 'grid' },
    el(
      'div',
      { role: 'row', 'aria-rowindex': '1' },
      ...(['name', 'mail', 'through'] as const).map((k) =>
        el('div', { role: 'columnheader', 'data-item-key': k }, el('span', {}, headers[k])),
      ),
    ),
    scroller,
  );
  const search = el('input', {
    'data-automation-id': 'LicenseDetailsPage,CommandBarSearchInputBox',
    role: 'searchbox',
    'aria-label': 'Search',
  }) as HTMLInputElement;
  doc.body.append(
    el(
      'div',
      { role: 'main' },
      el('h1', {}, 'Power BI Pro'),
      search,
      el('div', { 'data-automationid': 'DetailsList' }, grid),
    ),
  );

  const draw = () => {
    grid.setAttribute('aria-rowcount', String(items.length + 1));
    const first = Math.max(0, Math.floor(scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const end = Math.min(items.length, first + WINDOW);
    page.replaceChildren(
      ...items.slice(first, end).map((r, i) => {
        drawn.add(first + i);
        return el(
          'div',
          { role: 'row', 'data-automationid': 'DetailsRow', 'aria-rowindex': String(first + i + 2) },
          el('div', { role: 'gridcell', 'data-automation-key': 'name' }, r.name),
          el('div', { role: 'gridcell', 'data-automation-key': 'mail' }, r.mail),
          el('div', { role: 'gridcell', 'data-automation-key': 'through' }, r.through.join(', ')),
        );
      }),
    );
  };
  scroller.addEventListener('scroll', () => {
    if (!frozen) draw();
  });
  draw();
  return {
    doc,
    win: window as unknown as Window & typeof globalThis,
    scroller,
    drawn,
    freeze: () => (frozen = true),
    search(text) {
      search.value = text;
      items = rows.filter((r) => r.name.includes(text) || r.mail.includes(text));
      draw();
    },
    close: () => window.happyDOM.close(),
  };
}

export function people(n: number, through: (i: number) => string[] = () => ['Direct']): Row[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `Person ${i + 1}`,
    mail: `person${i + 1}@contoso.com`,
    through: through(i),
  }));
}
