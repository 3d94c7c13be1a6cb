import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Window as HappyWindow } from 'happy-dom';
import { readPageReport } from '../../../lib/portals';
import { reportFingerprint, watchPage } from '../../../lib/portals/watch';
import { closeFixtures, loadFixture, SKU, URLS } from './load-fixture';

afterEach(closeFixtures);

/** A window whose timers are run by hand; events and MutationObserver come from the real one. */
function manualClock(real: HappyWindow) {
  let pending = new Map<number, () => void>();
  const delays = new Map<number, number>();
  let next = 1;
  let time = 0;
  let delivered = 0;
  const win = {
    setTimeout: (fn: () => void, ms: number) => {
      pending.set(next, fn);
      delays.set(next, ms);
      return next++;
    },
    clearTimeout: (id: number) => pending.delete(id),
    performance: { now: () => time },
    addEventListener: real.addEventListener.bind(real),
    removeEventListener: real.removeEventListener.bind(real),
    MutationObserver: class extends real.MutationObserver {
      constructor(callback: (records: MutationRecord[], observer: MutationObserver) => void) {
        super(((records: MutationRecord[], observer: MutationObserver) => {
          delivered += records.length;
          callback(records, observer);
        }) as never);
      }
    },
  } as unknown as Window;
  return {
    win,
    pendingCount: () => pending.size,
    /** Mutation records the watcher's observer was handed. */
    records: () => delivered,
    /** The delays of the timers still pending. */
    pendingDelays: () => [...pending.keys()].map((id) => delays.get(id)),
    advance: (ms: number) => {
      time += ms;
    },
    tick: () => {
      const due = pending;
      pending = new Map();
      for (const fn of due.values()) fn();
    },
  };
}

/** Resolves once a MutationObserver registered after the watcher has seen the next batch, so
 *  the watcher has handled it too (observers are notified in the order they were created). */
function afterNextBatch(real: HappyWindow, doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const probe = new real.MutationObserver(() => {
      probe.disconnect();
      resolve();
    });
    probe.observe(doc.body as never, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

function setup() {
  const page = loadFixture('ac-product-users.en', URLS.product(SKU.pro));
  const clock = manualClock(page.window);
  const onChange = vi.fn();
  const stop = watchPage(page.document, clock.win, onChange, { debounceMs: 40 });
  const main = page.document.querySelector('[role=main]')!;
  return { ...page, clock, onChange, stop, main, records: clock.records };
}

describe('watchPage', () => {
  it('reads once per window however many batches arrive', async () => {
    const { window, document, clock, onChange, main } = setup();
    for (let i = 0; i < 3; i += 1) {
      const seen = afterNextBatch(window, document);
      main.append(document.createElement('div'));
      await seen;
    }
    expect(clock.pendingCount()).toBe(1);
    expect(onChange).not.toHaveBeenCalled();
    clock.tick();
    expect(onChange).toHaveBeenCalledTimes(1);
    const seen = afterNextBatch(window, document);
    main.querySelector('h1')!.textContent = 'Power BI Premium Per User';
    await seen;
    expect(clock.pendingCount()).toBe(1);
    clock.tick();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('ignores batches only inside the extension host, and the host coming and going', async () => {
    const { window, document, clock, main } = setup();
    const host = document.createElement('div');
    host.setAttribute('data-license-pilot', '');
    let seen = afterNextBatch(window, document);
    document.body.append(host);
    await seen;
    seen = afterNextBatch(window, document);
    const inner = document.createElement('button');
    host.append(inner);
    inner.setAttribute('aria-label', 'x');
    inner.textContent = 'Assign licenses';
    await seen;
    seen = afterNextBatch(window, document);
    host.remove();
    await seen;
    expect(clock.pendingCount()).toBe(0);
    seen = afterNextBatch(window, document);
    main.setAttribute('aria-busy', 'true');
    await seen;
    expect(clock.pendingCount()).toBe(1);
  });

  it('ignores attributes a page model does not read', async () => {
    const { window, document, clock, main } = setup();
    let seen = afterNextBatch(window, document);
    main.setAttribute('class', 'root-999');
    main.setAttribute('style', 'color: red');
    await seen;
    expect(clock.pendingCount()).toBe(0);
    seen = afterNextBatch(window, document);
    document.querySelector('[role=tab]')!.setAttribute('aria-selected', 'false');
    await seen;
    expect(clock.pendingCount()).toBe(1);
  });

  it('reads after a hash navigation', () => {
    const { window, clock, onChange } = setup();
    window.dispatchEvent(new window.Event('hashchange'));
    expect(clock.pendingCount()).toBe(1);
    clock.tick();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('while changes keep starting windows right after reads, the windows grow to the cap', async () => {
    const { window, document, clock, onChange, main } = setup();
    const batch = async () => {
      const seen = afterNextBatch(window, document);
      main.append(document.createElement('div'));
      await seen;
    };
    const windows: (number | undefined)[] = [];
    for (let i = 0; i < 5; i += 1) {
      await batch(); // right after the last read: the page is still changing
      windows.push(...clock.pendingDelays());
      clock.tick();
    }
    // One change right after a read is no storm (content often lands just after a spinner was read).
    expect(windows).toEqual([40, 40, 80, 160, 160]);
    expect(onChange).toHaveBeenCalledTimes(5);
    clock.advance(160); // as long as the last window: quiet
    await batch();
    expect(clock.pendingDelays()).toEqual([40]);
  });

  it('a gap shorter than the window keeps the storm going, a longer one ends it', async () => {
    const { window, document, clock, main } = setup();
    const batch = async () => {
      const seen = afterNextBatch(window, document);
      main.append(document.createElement('div'));
      await seen;
    };
    for (let i = 0; i < 3; i += 1) {
      await batch();
      clock.tick();
    }
    clock.advance(79); // the last window was 80 ms
    await batch();
    expect(clock.pendingDelays()).toEqual([160]);
    clock.tick();
    clock.advance(200);
    await batch();
    expect(clock.pendingDelays()).toEqual([40]);
  });

  it('a hash navigation during a storm is read after the short window', async () => {
    const { window, document, clock, onChange, main } = setup();
    for (let i = 0; i < 4; i += 1) {
      const seen = afterNextBatch(window, document);
      main.append(document.createElement('div'));
      await seen;
      if (i < 3) clock.tick();
    }
    expect(clock.pendingDelays()).toEqual([160]);
    window.dispatchEvent(new window.Event('hashchange'));
    expect(clock.pendingDelays()).toEqual([40]);
    clock.tick();
    expect(onChange).toHaveBeenCalledTimes(4);
  });

  it('takes no mutation records while a read is due: the page pays nothing for them', async () => {
    const { window, document, clock, main, records } = setup();
    let seen = afterNextBatch(window, document);
    main.append(document.createElement('div'));
    await seen;
    expect(records()).toBe(1);
    for (let i = 0; i < 5; i += 1) {
      seen = afterNextBatch(window, document);
      main.append(document.createElement('div'));
      main.setAttribute('aria-busy', String(i % 2 === 0));
      await seen;
    }
    expect(records()).toBe(1);
    clock.tick(); // the read: observing again
    seen = afterNextBatch(window, document);
    main.append(document.createElement('div'));
    await seen;
    expect(records()).toBe(2);
    expect(clock.pendingCount()).toBe(1);
  });

  it('does no DOM queries while handling a batch', async () => {
    const { window, document, clock, main } = setup();
    const spies = [
      vi.spyOn(document, 'querySelectorAll'),
      vi.spyOn(document, 'querySelector'),
      vi.spyOn(document, 'getElementsByTagName'),
    ];
    const seen = afterNextBatch(window, document);
    for (let i = 0; i < 200; i += 1) main.append(document.createElement('div'));
    await seen;
    expect(clock.pendingCount()).toBe(1);
    expect(spies.map((s) => s.mock.calls.length)).toEqual([0, 0, 0]);
  });

  it('tears down: no reads after stop, the pending one dropped', async () => {
    const { window, document, clock, onChange, stop, main } = setup();
    const seen = afterNextBatch(window, document);
    main.append(document.createElement('div'));
    await seen;
    expect(clock.pendingCount()).toBe(1);
    stop();
    expect(clock.pendingCount()).toBe(0);
    const after = afterNextBatch(window, document);
    main.append(document.createElement('div'));
    window.dispatchEvent(new window.Event('hashchange'));
    await after;
    clock.tick();
    expect(clock.pendingCount()).toBe(0);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('with real timers: a late render is reported', async () => {
    const page = loadFixture('ac-home.en', URLS.licenses);
    const reports: string[] = [];
    const stop = watchPage(
      page.document,
      page.window as unknown as Window,
      () => {
        reports.push(JSON.stringify(readPageReport(page.document, page.url).missing));
      },
      { debounceMs: 10 },
    );
    const source = loadFixture('ac-licenses-columns.en', URLS.licenses).document.querySelector(
      '[data-automationid="DetailsList"]',
    )!;
    page.document.querySelector('[role=main]')!.append(page.document.importNode(source, true));
    await vi.waitFor(() => expect(reports).toEqual(['[]']));
    stop();
  });
});

describe('reportFingerprint', () => {
  const base = readPageReportFixture();
  function readPageReportFixture() {
    return {
      portal: 'admin-center' as const,
      page: 'product' as const,
      pane: null,
      locale: 'en',
      url: URLS.product(SKU.pro),
      products: [],
      product: { name: 'Power BI Pro', skuId: SKU.pro, total: 10, assigned: 7, available: 3 },
      canAssignHere: true,
      missing: [],
      at: '2025-03-01T10:00:00.000Z',
    };
  }

  it('ignores the time', () => {
    expect(reportFingerprint({ ...base, at: '2025-03-01T10:00:05.000Z' })).toBe(reportFingerprint(base));
  });
  it.each([
    ['a count', { product: { ...base.product, assigned: 8 } }],
    ['the pane', { pane: 'assign' as const }],
    ['what is missing', { missing: ['searchBox'] }],
    ['the page', { page: 'licenses' as const }],
    ['the products', { products: [{ name: 'Power BI Pro' }] }],
    ['the url', { url: URLS.licenses }],
  ])('changes with %s', (_what, change) => {
    expect(reportFingerprint({ ...base, ...change })).not.toBe(reportFingerprint(base));
  });
});
