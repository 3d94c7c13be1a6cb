import { afterEach, describe, expect, it } from 'vitest';
import { readHolders } from '../../../lib/content/holders-reader';
import { holdingPaths, readHolderRow } from '../../../lib/portals/admin-center/holders';
import { people, virtualList, type VirtualList } from './virtual-list';

let list: VirtualList | undefined;
afterEach(async () => {
  await list?.close();
  list = undefined;
});

const through = (i: number) => (i % 10 === 0 ? ['Sales'] : i % 7 === 0 ? ['Direct', 'Sales', 'BI Team'] : ['Direct']);

describe('reading the holders of a virtualized list', () => {
  it('scrolls until every row of aria-rowcount was seen, each holder with how it holds the product', async () => {
    list = virtualList(people(600, through));
    expect(list.drawn.size).toBeLessThan(100); // only a window is in the DOM at first
    const read = await readHolders(list.doc, list.win);
    expect(read.complete).toBe(true);
    expect(read.total).toBe(600);
    expect(read.items).toHaveLength(600);
    expect(new Set(read.items.map((h) => h.address)).size).toBe(600);
    expect(read.items[0]).toEqual({
      address: 'person1@contoso.com',
      name: 'Person 1',
      direct: false,
      groups: ['Sales'],
    });
    expect(read.items[7]).toEqual({
      address: 'person8@contoso.com',
      name: 'Person 8',
      direct: true,
      groups: ['Sales', 'BI Team'],
    });
    expect(read.items.filter((h) => h.direct === false)).toHaveLength(60);
  });

  it('puts the admin back where they were scrolled', async () => {
    list = virtualList(people(500));
    list.scroller.scrollTop = 43 * 100;
    list.scroller.dispatchEvent(new list.win.Event('scroll'));
    const read = await readHolders(list.doc, list.win);
    expect(read.items).toHaveLength(500);
    expect(list.scroller.scrollTop).toBe(43 * 100);
  });

  it('says the reading is incomplete when the list stops drawing rows, never "absent means not a holder"', async () => {
    list = virtualList(people(300));
    list.freeze();
    const read = await readHolders(list.doc, list.win, { stepTimeoutMs: 100 });
    expect(read.complete).toBe(false);
    expect(read.total).toBe(300);
    expect(read.items.length).toBeLessThan(300);
  });

  it('says the reading is incomplete while the list is narrowed by its search box', async () => {
    list = virtualList(people(30));
    list.search('Person 1');
    const read = await readHolders(list.doc, list.win);
    expect(read.items.length).toBeGreaterThan(0);
    expect(read.complete).toBe(false);
  });

  it('reads Dutch, German and French lists by their column names', async () => {
    for (const [lang, headers, direct] of [
      ['nl', { name: 'Naam', mail: 'E-mail', through: 'Toegewezen via' }, 'Rechtstreeks'],
      ['de', { name: 'Name', mail: 'E-Mail', through: 'Zugewiesen über' }, 'Direkt'],
      ['fr', { name: 'Nom', mail: 'E-mail', through: 'Attribuée via' }, 'Directe'],
    ] as const) {
      const rows = people(3, (i) => (i === 1 ? [direct, 'Finance'] : i === 2 ? ['Finance'] : [direct]));
      list = virtualList(rows, headers, lang);
      const read = await readHolders(list.doc, list.win);
      expect(
        read.items.map((h) => [h.direct, h.groups]),
        lang,
      ).toEqual([
        [true, []],
        [true, ['Finance']],
        [false, ['Finance']],
      ]);
      await list.close();
      list = undefined;
    }
  });
});

describe('one holder row', () => {
  it('leaves "how" unknown when the list has no such column', () => {
    list = virtualList([]);
    const row = list.doc.createElement('div');
    row.setAttribute('role', 'row');
    row.innerHTML = '<div role="gridcell">Ann Lee</div><div role="gridcell">ann@contoso.com</div>';
    expect(readHolderRow(row)).toEqual({ address: 'ann@contoso.com', name: 'Ann Lee', groups: [] });
    expect(holdingPaths(undefined)).toEqual({ groups: [] });
  });
});
