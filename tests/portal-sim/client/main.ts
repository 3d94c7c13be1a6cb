// The simulator's browser app: reads the shell config, seeds the layout noise, starts the portal.
import { startAdminCenter } from './admin/app.ts';
import { startAzurePortal, startReactBlade } from './azure/app.ts';
import { loadConfig } from './context.ts';
import { seedLayout } from './dom.ts';
import { startSignIn } from './login/sign-in.ts';

function start(): void {
  const c = loadConfig();
  seedLayout(c.seed);
  const root = document.getElementById('root');
  if (!root) return;
  if (c.portal === 'admin') startAdminCenter(root);
  else if (c.portal === 'azure' || c.portal === 'entra') startAzurePortal(root, c.portal);
  else if (c.portal === 'reactblade') startReactBlade(root);
  else startSignIn(root);
}

start();
