import { defineContentScript } from 'wxt/utils/define-content-script';
import { ADMIN_CENTER_MATCHES } from '../../lib/portals/hosts';
import { startPageReporting } from '../../lib/content/page-reporting';
import { readAdminCenterReport } from '../../lib/portals/admin-center/page-report';
import { startRunAgent } from '../../lib/content/run-agent';

export default defineContentScript({
  matches: ADMIN_CENTER_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startPageReporting(ctx, readAdminCenterReport);
    void startRunAgent(ctx);
  },
});
