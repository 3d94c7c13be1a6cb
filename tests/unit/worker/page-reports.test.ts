import { describe, expect, it } from 'vitest';
import { combineFrames, createSerialQueue, withFrameReport, withoutTab } from '../../../lib/worker/page-reports';
import type { PageReport } from '../../../lib/portals/types';

function report(over: Partial<PageReport>): PageReport {
  return {
    portal: 'azure-portal',
    page: 'licenses',
    pane: null,
    locale: 'en',
    url: 'https://portal.azure.com/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products',
    products: [],
    canAssignHere: false,
    missing: [],
    at: '2026-11-22T10:00:00.000Z',
    ...over,
  };
}

describe('page reports per frame', () => {
  it('combines the top frame with the blade frame that holds the grid', () => {
    const top = report({ missing: ['productsGrid'] });
    const blade = report({
      url: 'https://sim.reactblade.portal.azure.net/blade',
      products: [{ name: 'Power BI Pro', total: 10, assigned: 4, available: 6 }],
      at: '2026-11-22T10:00:01.000Z',
    });
    let all = withFrameReport({}, 5, 0, top);
    all = withFrameReport(all, 5, 3, blade);
    const combined = combineFrames(all['5']!)!;
    expect(combined.url).toBe(top.url);
    expect(combined.products).toEqual(blade.products);
    expect(combined.missing).toEqual([]);
    expect(combined.at).toBe(blade.at);
  });

  it('forgets the frames of a page the top frame left', () => {
    let all = withFrameReport({}, 5, 0, report({}));
    all = withFrameReport(
      all,
      5,
      3,
      report({ url: 'https://sim.reactblade.portal.azure.net/b', products: [{ name: 'A' }] }),
    );
    all = withFrameReport(all, 5, 0, report({ url: 'https://portal.azure.com/#home', page: 'other' }));
    expect(Object.keys(all['5']!)).toEqual(['0']);
    expect(combineFrames(all['5']!)!.products).toEqual([]);
  });

  it('keeps frames while the top frame re-reports the same page', () => {
    let all = withFrameReport({}, 5, 0, report({}));
    all = withFrameReport(all, 5, 3, report({ products: [{ name: 'A' }] }));
    all = withFrameReport(all, 5, 0, report({ at: '2026-11-22T10:00:05.000Z' }));
    expect(combineFrames(all['5']!)!.products).toEqual([{ name: 'A' }]);
  });

  it('removes a closed tab and leaves others', () => {
    const all = { '1': 'a', '2': 'b' };
    expect(withoutTab(all, 1)).toEqual({ '2': 'b' });
    expect(withoutTab(all, 9)).toBe(all);
  });
});

describe('serial queue', () => {
  it('runs updates one after another even when they overlap', async () => {
    const enqueue = createSerialQueue();
    let value = 0;
    const bump = () =>
      enqueue(async () => {
        const read = value;
        await new Promise((r) => setTimeout(r, 1));
        value = read + 1;
      });
    await Promise.all([bump(), bump(), bump(), bump()]);
    expect(value).toBe(4);
  });

  it('goes on after a failed update', async () => {
    const enqueue = createSerialQueue();
    await expect(
      enqueue(async () => {
        throw new Error('x');
      }),
    ).rejects.toThrow('x');
    await expect(enqueue(async () => 2)).resolves.toBe(2);
  });
});
