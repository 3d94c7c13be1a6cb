// The overlay's shell: WXT's shadow-root UI hosts the drawing, marked `data-license-pilot` so page
// reading skips it. Mounted on first use and again when the portal's re-rendering dropped it; WXT
// removes it when the content script's context ends.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OWN_ATTRIBUTE } from '../../portals/watch';
import { drawOverlay, OVERLAY_CSS, type Overlay, type OverlayText } from './overlay-view';

export type { Overlay, OverlayStatus, OverlayText } from './overlay-view';
export { TARGET_ATTRIBUTE } from './overlay-view';

export async function createOverlay(ctx: ContentScriptContext, t: OverlayText, onStop: () => void): Promise<Overlay> {
  let view: Overlay | undefined;
  const ui = await createShadowRootUi<Overlay>(ctx, {
    name: 'license-pilot-overlay',
    position: 'inline',
    css: OVERLAY_CSS,
    onMount(container, _shadow, host) {
      host.setAttribute(OWN_ATTRIBUTE, '');
      // A remount after the page dropped the host keeps the parts (and their state) it already has.
      view ??= drawOverlay(container, window, ctx, t, onStop);
      return view;
    },
    onRemove(mounted) {
      mounted?.destroy();
      view = undefined;
    },
  });
  const ready = (): Overlay | undefined => {
    if (ctx.isInvalid) return undefined;
    if (!ui.shadowHost.isConnected) ui.mount();
    return view;
  };
  return {
    highlight: (element, step) => ready()?.highlight(element, step),
    show: (status) => ready()?.show(status),
    hide: () => view?.hide(),
    destroy: () => ui.remove(),
  };
}
