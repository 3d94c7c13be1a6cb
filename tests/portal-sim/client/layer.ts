// Fluent renders panels, dialogs and callouts in body-level layers, outside the page container.
import { h } from './dom.ts';

export type Layer = { host: HTMLElement; close(): void; isOpen(): boolean };

export function openLayer(): Layer {
  const host = h('div', { class: 'ms-Layer ms-Layer--fixed' });
  const fabric = h('div', { class: 'ms-Fabric ms-Layer-content' });
  host.appendChild(fabric);
  document.body.appendChild(host);
  return {
    host: fabric,
    close: () => host.remove(),
    isOpen: () => host.isConnected,
  };
}
