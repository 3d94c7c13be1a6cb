import { defineContentScript } from 'wxt/utils/define-content-script';
import { AZURE_MATCHES } from '../../lib/portals/hosts';
import { startPageReporting } from '../../lib/content/page-reporting';
import { readPageReport } from '../../lib/portals';

// All frames: the Azure portal draws React blades in iframes on *.reactblade.portal.azure.net.
export default defineContentScript({
  matches: AZURE_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    startPageReporting(ctx, readPageReport);
  },
});
