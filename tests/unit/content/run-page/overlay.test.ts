import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import {
  drawOverlay,
  OVERLAY_CSS,
  TARGET_ATTRIBUTE,
  type OverlayScope,
} from '../../../../lib/content/run-page/overlay-view';
import { pickCorner, ringAround } from '../../../../lib/content/run-page/overlay-layout';

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

/** A content-script context in miniature: its timers and listeners end when it is invalidated. */
function scopeOver(win: globalThis.Window) {
  const context = new AbortController();
  const intervals: number[] = [];
  const scope: OverlayScope = {
    setInterval(handler, ms) {
      const id = win.setInterval(handler, ms);
      intervals.push(id);
      context.signal.addEventListener('abort', () => win.clearInterval(id));
      return id;
    },
    addEventListener(target, type, handler, options) {
      target.addEventListener(type, handler, { ...options, signal: context.signal });
    },
  };
  return { scope, intervals, invalidate: () => context.abort() };
}

function page() {
  const window = new Window({ url: 'https://admin.microsoft.com/#/licenses', width: 1280, height: 800 });
  windows.push(window);
  const doc = window.document as unknown as Document;
  const button = doc.createElement('button');
  button.textContent = 'Assign licenses';
  doc.body.append(button);
  const host = doc.createElement('license-pilot-overlay');
  doc.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const container = doc.createElement('div');
  root.append(container);
  const win = window as unknown as globalThis.Window;
  return {
    doc,
    win,
    scroll: () => window.dispatchEvent(new window.Event('scroll')),
    button,
    root,
    container,
    ...scopeOver(win),
  };
}

/** Texts are their keys with substitutions, so tests see exactly what was asked for. */
const t = (key: string, ...subs: (string | number)[]) => [key, ...subs].join('|');

describe('overlay', () => {
  it('draws into its container and marks the highlighted control', () => {
    const { win, button, container, scope } = page();
    const overlay = drawOverlay(container, win, scope, t, () => undefined);
    overlay.show({ mode: 'guided', step: 'openAssignPane', batch: 2, batches: 5 });
    overlay.highlight(button, 'openAssignPane');
    expect(button.getAttribute(TARGET_ATTRIBUTE)).toBe('openAssignPane');
    const card = container.querySelector('[data-part="card"]')!;
    expect([...card.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'extName · modeGuided',
      'overlayStep_openAssignPane',
      'overlayGuidedHint',
      'overlayBatch|2|5',
    ]);
    expect(card.querySelector('button')).toBeNull();
    overlay.highlight(null);
    expect(button.hasAttribute(TARGET_ATTRIBUTE)).toBe(false);
    overlay.destroy();
    expect(container.children).toHaveLength(0);
  });

  it('follows the control with the context timer and stops following when the mark goes', () => {
    const { win, button, container, scope, intervals } = page();
    const overlay = drawOverlay(container, win, scope, t, () => undefined);
    overlay.highlight(button, 'openAssignPane');
    overlay.highlight(button, 'openAssignPane');
    expect(intervals).toHaveLength(1);
    overlay.highlight(null);
    overlay.highlight(button, 'pick');
    expect(intervals).toHaveLength(2);
  });

  it('once the context ends, a scroll no longer moves anything', () => {
    const { win, scroll, button, container, scope, invalidate } = page();
    const overlay = drawOverlay(container, win, scope, t, () => undefined);
    overlay.show({ mode: 'guided', step: 'openAssignPane' });
    const card = container.querySelector<HTMLElement>('[data-part="card"]')!;
    overlay.highlight(button, 'openAssignPane');
    card.style.left = '1px';
    scroll();
    expect(card.style.left).toBe('964px');
    invalidate();
    card.style.left = '1px';
    scroll();
    expect(card.style.left).toBe('1px');
  });

  it('the ring lets clicks through; in autopilot a real Stop button asks to pause', () => {
    const { win, button, container, scope } = page();
    let stops = 0;
    const overlay = drawOverlay(container, win, scope, t, () => stops++);
    overlay.show({ mode: 'autopilot', step: 'pick', detail: 'ann@contoso.com' });
    overlay.highlight(button, 'pick');
    const root = container;
    const css = OVERLAY_CSS;
    expect(css).toMatch(/\.ring \{[^}]*pointer-events: none/);
    const stop = root.querySelector<HTMLButtonElement>('[data-part="stop"]')!;
    expect(stop.tagName).toBe('BUTTON');
    expect(stop.type).toBe('button');
    expect(stop.textContent).toBe('overlayStop');
    expect(root.querySelector('[data-part="card"]')!.textContent).toContain('overlayStep_pick|ann@contoso.com');
    stop.click();
    expect(stops).toBe(1);
  });

  it('a waiting run shows why, without a Stop button', () => {
    const { win, container, scope } = page();
    const overlay = drawOverlay(container, win, scope, t, () => undefined);
    overlay.show({ mode: 'autopilot', waiting: 'targetNotFound' });
    const card = container.querySelector('[data-part="card"]')!;
    expect(card.textContent).toContain('pause_targetNotFound');
    expect(card.querySelector('button')).toBeNull();
  });

  it('page text is written as text, never as markup', () => {
    const { win, container, scope } = page();
    const overlay = drawOverlay(container, win, scope, t, () => undefined);
    overlay.show({ mode: 'guided', step: 'pick', detail: '<img src=x onerror=alert(1)>' });
    const root = container;
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('ringAround', () => {
  it('frames a control a little outside its box, and nothing for a control not laid out', () => {
    const box = { left: 10, top: 20, right: 110, bottom: 52, width: 100, height: 32 };
    expect(ringAround(box)).toEqual({ left: 6, top: 16, right: 114, bottom: 56 });
    expect(ringAround({ left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 })).toBeUndefined();
  });
});

describe('pickCorner', () => {
  const view = { width: 1280, height: 800 };
  const card = { width: 300, height: 120 };

  it('prefers the bottom-right corner', () => {
    expect(pickCorner(card, view, undefined)).toEqual({ left: 964, top: 664, right: 1264, bottom: 784 });
  });

  it('moves away from a ring in the bottom-right corner, then from one at the bottom', () => {
    expect(pickCorner(card, view, { left: 1100, top: 700, right: 1200, bottom: 740 })).toMatchObject({
      left: 16,
      top: 664,
    });
    expect(pickCorner(card, view, { left: 0, top: 650, right: 1280, bottom: 780 })).toMatchObject({
      left: 964,
      top: 16,
    });
  });

  it('never overlaps the ring when a free corner exists', () => {
    const ring = { left: 960, top: 10, right: 1270, bottom: 790 };
    const corner = pickCorner(card, view, ring);
    expect(corner.right <= ring.left || corner.left >= ring.right).toBe(true);
  });
});
