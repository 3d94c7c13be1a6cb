// "Show me": a control a run needs was not found. A small card asks the admin, in their words, to
// click it once in the page; the click is taken as the answer. In guided mode the click goes on to
// the portal (the admin would have clicked it anyway); in autopilot it is held back, and the run
// clicks the control itself once it knows it. Plain DOM in a shadow root; text only, never HTML.
import { controlAt } from '../../portals/learned';
import { missingWordsKey } from '../../portals/missing-words';
import type { OverlayText } from './overlay';

const CSS = `
:host { all: initial; }
.card { position: fixed; top: 16px; right: 16px; width: 320px; max-width: calc(100vw - 32px); box-sizing: border-box;
  background: #fff; color: #201f1e; border: 2px solid #d83b01; border-radius: 8px; padding: 12px 14px;
  box-shadow: 0 6px 20px rgba(0,0,0,.25); font: 13px/1.4 "Segoe UI", system-ui, sans-serif; }
.title { font-weight: 600; margin: 0 0 4px; }
p { margin: 2px 0; }
`;

function card(doc: Document, t: OverlayText, control: string): HTMLElement {
  const host = doc.createElement('div');
  host.setAttribute('data-license-pilot', 'show-me');
  host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'card';
  box.setAttribute('role', 'alert');
  box.setAttribute('data-part', 'show-me');
  const title = doc.createElement('p');
  title.className = 'title';
  title.textContent = t('showMeTitle');
  const line = doc.createElement('p');
  line.textContent = t('showMePrompt', t(missingWordsKey(control)));
  box.append(title, line);
  root.append(style, box);
  return host;
}

/** Shows the request and resolves with the control the admin clicked; undefined when aborted. */
export function askToShow(
  doc: Document,
  win: Window,
  t: OverlayText,
  control: string,
  holdClick: boolean,
  signal: AbortSignal,
): Promise<Element | undefined> {
  const host = card(doc, t, control);
  (doc.body ?? doc.documentElement).append(host);
  return new Promise((resolve) => {
    const finish = (element: Element | undefined) => {
      win.removeEventListener('click', onClick, true);
      signal.removeEventListener('abort', onAbort);
      host.remove();
      resolve(element);
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element | null;
      // Clicks on the extension's own cards are not an answer.
      if (!target || target.nodeType !== 1 || target.closest('[data-license-pilot]')) return;
      if (holdClick) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      finish(controlAt(target));
    };
    const onAbort = () => finish(undefined);
    if (signal.aborted) return finish(undefined);
    win.addEventListener('click', onClick, true);
    signal.addEventListener('abort', onAbort);
  });
}
