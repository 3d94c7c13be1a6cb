import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { createOverlay, pickCorner, TARGET_ATTRIBUTE } from '../../../../lib/content/run-page/overlay';

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

function page() {
  const window = new Window({ url: 'https://admin.microsoft.com/#/licenses', width: 1280, height: 800 });
  windows.push(window);
  const doc = window.document as unknown as Document;
  const button = doc.createElement('button');
  button.textContent = 'Assign licenses';
  doc.body.append(button);
  return { window, doc, win: window as unknown as Window & typeof globalThis & globalThis.Window, button };
}

/** Texts are their keys with substitutions, so tests see exactly what was asked for. */
const t = (key: string, ...subs: (string | number)[]) => [key, ...subs].join('|');

describe('overlay', () => {
  it('lives in a shadow root on <div data-license-pilot> and marks the highlighted control', () => {
    const { doc, win, button } = page();
    const overlay = createOverlay(doc, win, t, () => undefined);
    overlay.show({ mode: 'guided', step: 'openAssignPane', batch: 2, batches: 5 });
    overlay.highlight(button, 'openAssignPane');
    const host = doc.querySelector('[data-license-pilot]')!;
    expect(host).toBe(overlay.host);
    expect(host.shadowRoot).not.toBeNull();
    expect(button.getAttribute(TARGET_ATTRIBUTE)).toBe('openAssignPane');
    const card = host.shadowRoot!.querySelector('[data-part="card"]')!;
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
    expect(doc.querySelector('[data-license-pilot]')).toBeNull();
  });

  it('the ring lets clicks through; in autopilot a real Stop button asks to pause', () => {
    const { doc, win, button } = page();
    let stops = 0;
    const overlay = createOverlay(doc, win, t, () => stops++);
    overlay.show({ mode: 'autopilot', step: 'pick', detail: 'ann@contoso.com' });
    overlay.highlight(button, 'pick');
    const root = overlay.host.shadowRoot!;
    const css = root.querySelector('style')!.textContent ?? '';
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
    const { doc, win } = page();
    const overlay = createOverlay(doc, win, t, () => undefined);
    overlay.show({ mode: 'autopilot', waiting: 'targetNotFound' });
    const card = overlay.host.shadowRoot!.querySelector('[data-part="card"]')!;
    expect(card.textContent).toContain('pause_targetNotFound');
    expect(card.querySelector('button')).toBeNull();
  });

  it('page text is written as text, never as markup', () => {
    const { doc, win } = page();
    const overlay = createOverlay(doc, win, t, () => undefined);
    overlay.show({ mode: 'guided', step: 'pick', detail: '<img src=x onerror=alert(1)>' });
    const root = overlay.host.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
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
