// In-page guidance: a ring drawn around the next control (never over it: the ring is a frame outside
// the control's box and lets every click through) and a small status card placed in a corner away
// from the ring. Plain DOM in a shadow root on <div data-license-pilot>; text through `t`, never HTML.
import type { RunMode } from '../../run/types';

export type OverlayText = (key: string, ...substitutions: (string | number)[]) => string;

export type OverlayStatus = {
  mode: RunMode;
  /** Code of the step shown, e.g. 'pick'; with `detail` (the target) where the step names one. */
  step?: string;
  detail?: string;
  batch?: number;
  batches?: number;
  /** Set while the run waits: a pause reason, 'notStarted' or 'done'. */
  waiting?: string;
  /** Key of a one-off message, e.g. why a click was stopped. */
  notice?: string;
};

export type Overlay = {
  readonly host: HTMLElement;
  highlight(element: Element | null, step?: string): void;
  show(status: OverlayStatus): void;
  hide(): void;
  destroy(): void;
};

/** The attribute marking the control the ring is around (ours, so the page never relies on it). */
export const TARGET_ATTRIBUTE = 'data-license-pilot-target';
const GAP = 4;
const MARGIN = 16;

const CSS = `
:host { all: initial; }
.ring { position: fixed; pointer-events: none; box-sizing: border-box; border: 3px solid #d83b01;
  border-radius: 6px; box-shadow: 0 0 0 3px rgba(255,255,255,.85); display: none; z-index: 2; }
.card { position: fixed; pointer-events: auto; box-sizing: border-box; width: 300px; max-width: calc(100vw - 32px);
  background: #fff; color: #201f1e; border: 1px solid #8a8886; border-radius: 8px; padding: 12px 14px;
  box-shadow: 0 6px 20px rgba(0,0,0,.25); font: 13px/1.4 "Segoe UI", system-ui, sans-serif; display: none; z-index: 1; }
.title { font-weight: 600; margin: 0 0 4px; }
.line { margin: 2px 0; }
.muted { color: #605e5c; }
.notice { color: #a4262c; font-weight: 600; }
button { margin-top: 8px; font: inherit; padding: 4px 14px; border-radius: 4px; border: 1px solid #a4262c;
  background: #a4262c; color: #fff; cursor: pointer; }
button:focus-visible { outline: 2px solid #201f1e; outline-offset: 2px; }
`;

type Rect = { left: number; top: number; right: number; bottom: number };

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Corners in order of preference; the first whose card box stays clear of `avoid`. */
export function pickCorner(
  card: { width: number; height: number },
  view: { width: number; height: number },
  avoid: Rect | undefined,
): Rect {
  const { width: w, height: h } = card;
  const corners: Rect[] = [
    {
      left: view.width - MARGIN - w,
      top: view.height - MARGIN - h,
      right: view.width - MARGIN,
      bottom: view.height - MARGIN,
    },
    { left: MARGIN, top: view.height - MARGIN - h, right: MARGIN + w, bottom: view.height - MARGIN },
    { left: view.width - MARGIN - w, top: MARGIN, right: view.width - MARGIN, bottom: MARGIN + h },
    { left: MARGIN, top: MARGIN, right: MARGIN + w, bottom: MARGIN + h },
  ];
  if (!avoid) return corners[0]!;
  return corners.find((c) => !overlaps(c, avoid)) ?? corners[0]!;
}

export function createOverlay(doc: Document, win: Window, t: OverlayText, onStop: () => void): Overlay {
  const host = doc.createElement('div');
  host.setAttribute('data-license-pilot', '');
  host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const ring = doc.createElement('div');
  ring.className = 'ring';
  ring.setAttribute('data-part', 'ring');
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'status');
  card.setAttribute('data-part', 'card');
  root.append(style, card, ring);

  let target: Element | null = null;
  let status: OverlayStatus | undefined;
  let timer: number | undefined;
  let drawn = '';
  // One Stop button for the overlay's life: re-rendering must not pull it from under the pointer.
  const stop = doc.createElement('button');
  stop.type = 'button';
  stop.setAttribute('data-part', 'stop');
  stop.addEventListener('click', () => onStop());

  const attach = () => {
    if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
  };

  function ringRect(): Rect | undefined {
    if (!target || !target.isConnected) return undefined;
    const r = target.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return undefined;
    return { left: r.left - GAP, top: r.top - GAP, right: r.right + GAP, bottom: r.bottom + GAP };
  }

  function place(): void {
    const rect = ringRect();
    if (rect) {
      Object.assign(ring.style, {
        display: 'block',
        left: `${rect.left}px`,
        top: `${rect.top}px`,
        width: `${rect.right - rect.left}px`,
        height: `${rect.bottom - rect.top}px`,
      });
    } else ring.style.display = 'none';
    if (card.style.display === 'none') return;
    const box = card.getBoundingClientRect();
    const corner = pickCorner(
      { width: box.width || 300, height: box.height || 120 },
      { width: win.innerWidth, height: win.innerHeight },
      rect,
    );
    card.style.left = `${corner.left}px`;
    card.style.top = `${corner.top}px`;
  }

  function line(text: string, cls = 'line'): HTMLElement {
    const p = doc.createElement('p');
    p.className = cls;
    p.textContent = text;
    return p;
  }

  function render(): void {
    if (!status) return;
    const s = status;
    const withHint = s.mode === 'guided' && !!target;
    const signature = JSON.stringify([s, withHint]);
    if (signature === drawn && card.style.display !== 'none') return place();
    drawn = signature;
    const parts: HTMLElement[] = [
      line(`${t('extName')} · ${t(s.mode === 'autopilot' ? 'modeAutopilot' : 'modeGuided')}`, 'title'),
    ];
    if (s.waiting) {
      const key =
        s.waiting === 'done' ? 'overlayDone' : s.waiting === 'notStarted' ? 'overlayNotStarted' : `pause_${s.waiting}`;
      parts.push(line(t(key)));
    } else if (s.step) {
      parts.push(line(s.detail ? t(`overlayStep_${s.step}`, s.detail) : t(`overlayStep_${s.step}`)));
      if (withHint) parts.push(line(t('overlayGuidedHint'), 'line muted'));
    }
    if (s.notice) parts.push(line(t(s.notice), 'line notice'));
    if (s.batch !== undefined && s.batches) parts.push(line(t('overlayBatch', s.batch, s.batches), 'line muted'));
    if (s.mode === 'autopilot' && !s.waiting) {
      stop.textContent = t('overlayStop');
      parts.push(stop);
    }
    card.replaceChildren(...parts);
    card.style.display = 'block';
    place();
  }

  // Nothing shown (no run on this page): a scroll of the portal's own lists costs nothing.
  const onViewChange = () => {
    if (target || card.style.display !== 'none') place();
  };
  win.addEventListener('scroll', onViewChange, { capture: true, passive: true });
  win.addEventListener('resize', onViewChange);

  function setTarget(element: Element | null, step?: string): void {
    if (target && target !== element) target.removeAttribute(TARGET_ATTRIBUTE);
    target = element;
    if (element) element.setAttribute(TARGET_ATTRIBUTE, step ?? 'next');
    // Layout moves while the portal renders late content: follow the control while it is marked.
    if (element && timer === undefined) timer = win.setInterval(place, 250);
    if (!element && timer !== undefined) {
      win.clearInterval(timer);
      timer = undefined;
    }
  }

  return {
    host,
    highlight(element, step) {
      attach();
      setTarget(element, step);
      render();
      place();
    },
    show(next) {
      attach();
      status = next;
      render();
    },
    hide() {
      setTarget(null);
      status = undefined;
      drawn = '';
      card.style.display = 'none';
      ring.style.display = 'none';
    },
    destroy() {
      setTarget(null);
      win.removeEventListener('scroll', onViewChange, { capture: true });
      win.removeEventListener('resize', onViewChange);
      host.remove();
    },
  };
}
