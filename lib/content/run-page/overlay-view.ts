// In-page guidance: a ring drawn around the next control (never over it: the ring is a frame outside
// the control's box and lets every click through) and a small status card placed in a corner away
// from the ring. Plain DOM drawn into a container (the shadow root WXT gives the content script);
// text through `t`, never HTML. Timers and listeners come from `scope`, the content-script context,
// so they end when the context does.
import type { RunMode } from '../../run/types';
import { pickCorner, ringAround, type Rect } from './overlay-layout';

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
  highlight(element: Element | null, step?: string): void;
  show(status: OverlayStatus): void;
  hide(): void;
  destroy(): void;
};

/** What the overlay needs from the content-script context (WXT's `ctx` fits). */
export type OverlayScope = {
  setInterval(handler: () => void, ms: number): number;
  addEventListener(
    target: Window,
    type: 'scroll' | 'resize',
    handler: () => void,
    options?: AddEventListenerOptions,
  ): void;
};

/** The attribute marking the control the ring is around (ours, so the page never relies on it). */
export const TARGET_ATTRIBUTE = 'data-license-pilot-target';

// No stacking context on the host (WXT resets it with `all: initial`): the parts carry their own.
export const OVERLAY_CSS = `
.ring { position: fixed; pointer-events: none; box-sizing: border-box; border: 3px solid #d83b01;
  border-radius: 6px; box-shadow: 0 0 0 3px rgba(255,255,255,.85); display: none; z-index: 2147483647; }
.card { position: fixed; pointer-events: auto; box-sizing: border-box; width: 300px; max-width: calc(100vw - 32px);
  background: #fff; color: #201f1e; border: 1px solid #8a8886; border-radius: 8px; padding: 12px 14px;
  box-shadow: 0 6px 20px rgba(0,0,0,.25); font: 13px/1.4 "Segoe UI", system-ui, sans-serif; display: none;
  z-index: 2147483646; }
.title { font-weight: 600; margin: 0 0 4px; }
.line { margin: 2px 0; }
.muted { color: #605e5c; }
.notice { color: #a4262c; font-weight: 600; }
button { margin-top: 8px; font: inherit; padding: 4px 14px; border-radius: 4px; border: 1px solid #a4262c;
  background: #a4262c; color: #fff; cursor: pointer; }
button:focus-visible { outline: 2px solid #201f1e; outline-offset: 2px; }
`;

/** Draws the ring and the card into `container`; nothing shows until `show` or `highlight`. */
export function drawOverlay(
  container: HTMLElement,
  win: Window,
  scope: OverlayScope,
  t: OverlayText,
  onStop: () => void,
): Overlay {
  const doc = container.ownerDocument;
  const ring = doc.createElement('div');
  ring.className = 'ring';
  ring.setAttribute('data-part', 'ring');
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'status');
  card.setAttribute('data-part', 'card');
  container.append(card, ring);

  let target: Element | null = null;
  let status: OverlayStatus | undefined;
  let timer: number | undefined;
  let drawn = '';
  let live = true;
  // One Stop button for the overlay's life: re-rendering must not pull it from under the pointer.
  const stop = doc.createElement('button');
  stop.type = 'button';
  stop.setAttribute('data-part', 'stop');
  stop.addEventListener('click', () => onStop());

  function ringRect(): Rect | undefined {
    if (!target || !target.isConnected) return undefined;
    return ringAround(target.getBoundingClientRect());
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
    if (live && (target || card.style.display !== 'none')) place();
  };
  scope.addEventListener(win, 'scroll', onViewChange, { capture: true, passive: true });
  scope.addEventListener(win, 'resize', onViewChange);

  function setTarget(element: Element | null, step?: string): void {
    if (target && target !== element) target.removeAttribute(TARGET_ATTRIBUTE);
    target = element;
    if (element) element.setAttribute(TARGET_ATTRIBUTE, step ?? 'next');
    // Layout moves while the portal renders late content: follow the control while it is marked.
    if (element && timer === undefined) timer = scope.setInterval(place, 250);
    if (!element && timer !== undefined) {
      win.clearInterval(timer);
      timer = undefined;
    }
  }

  return {
    highlight(element, step) {
      setTarget(element, step);
      render();
      place();
    },
    show(next) {
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
      live = false;
      card.remove();
      ring.remove();
    },
  };
}
