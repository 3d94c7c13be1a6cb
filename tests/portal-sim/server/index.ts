// The portal simulator's Node side: one object holding the tenant state, answering every request
// of the simulated hosts (pages, bundle, API), and hooks for tests to inspect and steer it.
import type { BrowserContext } from '@playwright/test';
import { defaultScenario } from '../scenarios/index.ts';
import { parseScenario, type Scenario, type ScenarioInput } from '../scenarios/schema.ts';
import type { Holding } from './tenant.ts';
import type { Locale, ProductSummary } from '../shared/types.ts';
import { handleApi, type SimState } from './api.ts';
import { clientBundle } from './bundle.ts';
import type { Submission } from './changes.ts';
import { withFault, type FaultName, type FaultValue } from './faults.ts';
import { isLocalIndex, locate } from './hosts.ts';
import { routePortals } from './route.ts';
import { serveSim, type RunningServer } from './serve.ts';
import { localIndexHtml, pageLocale, shellHtml } from './shell.ts';
import { SIM_CSS } from './styles.ts';
import { createTenant, holdersOf, key, productSummaries } from './tenant.ts';

export type SimRequest = { url: string; method: string; body?: string };
export type SimResponse = { status: number; headers: Record<string, string>; body: string };
export type SnapshotProduct = ProductSummary & { holders: { upn: string; direct: boolean; groups: string[] }[] };
export type Snapshot = { locale: Locale; products: SnapshotProduct[] };
export type SimSettings = Pick<Scenario, 'countStyle' | 'simplifiedView' | 'azure' | 'delays' | 'seed'>;

export type PortalSim = {
  handle(req: SimRequest): Promise<SimResponse>;
  snapshot(): Snapshot;
  /** How a user holds a product right now, or undefined. */
  holding(skuId: string, upn: string): Holding | undefined;
  /** Every Assign/Unassign submission, oldest first. */
  readonly submissions: readonly Submission[];
  readonly faults: Scenario['faults'];
  setFault(name: FaultName, value: FaultValue): void;
  setLocale(locale: Locale): void;
  /** Change page settings (count style, simplified view, Azure variant, delays, seed) for the next page load. */
  configure(patch: Partial<SimSettings>): void;
  /** Route every portal host of a Playwright context to this simulator. */
  route(context: BrowserContext): Promise<void>;
  /** Serve on localhost (port 0 = any free port). */
  serve(port?: number): Promise<RunningServer>;
};

const TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
};
const respond = (status: number, type: keyof typeof TYPES, body: string): SimResponse => ({
  status,
  headers: { 'content-type': TYPES[type], 'cache-control': 'no-store' },
  body,
});

/**
 * A simulator over a scenario. Fields left out come from scenarios/default.json, so
 * `createPortalSim({ locale: 'nl' })` is the default tenant in Dutch.
 */
export function createPortalSim(overrides: Partial<ScenarioInput> = {}): PortalSim {
  const scenario = parseScenario({ ...defaultScenario(), ...overrides });
  const state: SimState = {
    scenario: structuredClone(scenario),
    tenant: createTenant(scenario),
    faults: { ...scenario.faults },
    submissions: [],
  };

  async function handle(req: SimRequest): Promise<SimResponse> {
    const url = new URL(req.url);
    const where = locate(url);
    if (!where) return respond(404, 'html', 'Not found');
    const path = url.pathname;
    if (path === '/__sim/app.js') return respond(200, 'js', await clientBundle());
    if (path === '/__sim/app.css') return respond(200, 'css', SIM_CSS);
    if (path.startsWith('/__sim/api/')) {
      const route = path.slice('/__sim/api/'.length);
      const res = await handleApi(state, {
        method: req.method.toUpperCase(),
        route,
        query: url.searchParams,
        body: req.body,
        links: where.links,
      });
      return respond(res.status, 'json', JSON.stringify(res.json));
    }
    if (path.startsWith('/__sim/') || path === '/favicon.ico') return respond(404, 'html', 'Not found');
    if (isLocalIndex(url)) return respond(200, 'html', localIndexHtml());
    const s = state.scenario;
    return respond(
      200,
      'html',
      shellHtml({
        portal: where.portal,
        locale: pageLocale(where.portal, url, s.locale),
        countStyle: s.countStyle,
        simplifiedView: s.simplifiedView,
        azureFrame: s.azure.frame,
        azureLegacyAssign: s.azure.legacyAssign,
        renamedAssignButton: s.faults.renamedAssignButton,
        tenantName: s.tenantName,
        adminUpn: s.admin.upn,
        adminName: s.admin.displayName,
        seed: s.seed ?? Math.floor(Math.random() * 2 ** 31),
        links: where.links,
      }),
    );
  }

  const sim: PortalSim = {
    handle,
    snapshot: () => ({
      locale: state.scenario.locale,
      products: productSummaries(state.tenant).map((p) => ({
        ...p,
        holders: [...holdersOf(state.tenant, p.skuId)].map(([upn, h]) => ({
          upn: state.tenant.users.get(upn)?.upn ?? upn,
          direct: h.direct,
          groups: h.groupIds.map((id) => state.tenant.groups.get(id)?.name ?? id),
        })),
      })),
    }),
    holding: (skuId, upn) => holdersOf(state.tenant, skuId).get(key(upn)),
    get submissions() {
      return state.submissions;
    },
    get faults() {
      return state.faults;
    },
    setFault: (name, value) => {
      state.faults = withFault(state.faults, name, value);
    },
    setLocale: (locale) => {
      state.scenario.locale = locale;
    },
    configure: (patch) => {
      state.scenario = { ...state.scenario, ...patch };
    },
    route: (context) => routePortals(context, handle),
    serve: (port = 0) => serveSim(handle, port),
  };
  return sim;
}

export { PORTAL_URL_PATTERN } from './hosts.ts';
export type { Submission } from './changes.ts';
export type { FaultName, FaultValue } from './faults.ts';
export type { RunningServer } from './serve.ts';
