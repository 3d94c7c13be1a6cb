// Serve the simulator on localhost for a look in any browser:
//   npx tsx tests/portal-sim/serve.ts [--port 4300] [--scenario default|path.json] [--users 250] [--locale nl]
import { createPortalSim } from './server/index.ts';
import { loadScenario, makeScenario } from './scenarios/index.ts';
import type { ScenarioInput } from './scenarios/schema.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const users = arg('users');
const base: Partial<ScenarioInput> = users
  ? makeScenario({ users: Number(users) })
  : loadScenario(arg('scenario') ?? 'default');
const locale = arg('locale');
const sim = createPortalSim(
  locale === 'en' || locale === 'nl' || locale === 'de' || locale === 'fr' ? { ...base, locale } : base,
);
const server = await sim.serve(Number(arg('port') ?? 4300));
console.log(`Portal simulator on ${server.url}/ (Ctrl+C to stop)`);
