// The JSON API the browser app uses for all state: `/__sim/api/<route>`.
// Delays are served here (times the `slow` factor) so the pages render late, as real ones do.
import type { Faults, Scenario } from '../scenarios/schema.ts';
import type { ChangeRequest, PaneConfig, PortalLinks, SignInRequired, TargetType } from '../shared/types.ts';
import { assign, MAX_TARGETS, unassign, type Submission } from './changes.ts';
import { search } from './search.ts';
import { productDetail, productSummaries, userRows, type Tenant } from './tenant.ts';

export type SimState = {
  scenario: Scenario;
  tenant: Tenant;
  faults: Faults;
  submissions: Submission[];
};

export type ApiRequest = { method: string; route: string; query: URLSearchParams; body?: string; links: PortalLinks };
export type ApiResponse = { status: number; json: unknown };

const sleep = (ms: number) => (ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve());
const notFound: ApiResponse = { status: 404, json: { error: 'notFound' } };

function parseChange(body: string | undefined): ChangeRequest | undefined {
  try {
    const v = JSON.parse(body ?? '') as Partial<ChangeRequest>;
    const okType = v.targetType === 'user' || v.targetType === 'group';
    if (typeof v.skuId !== 'string' || !okType || !Array.isArray(v.targets)) return undefined;
    const targets = v.targets.filter((x): x is string => typeof x === 'string');
    return {
      skuId: v.skuId,
      targetType: v.targetType as TargetType,
      targets,
      portal: typeof v.portal === 'string' ? v.portal : 'admin',
    };
  } catch {
    return undefined;
  }
}

function change(state: SimState, kind: 'assign' | 'unassign', body: string | undefined): ApiResponse {
  const req = parseChange(body);
  if (!req || !state.tenant.products.has(req.skuId)) return { status: 400, json: { error: 'badRequest' } };
  const res = kind === 'assign' ? assign(state.tenant, state.faults, req) : unassign(state.tenant, req);
  const { outcome, applied, errors, code } = res;
  const entry: Submission = {
    ...req,
    id: state.submissions.length + 1,
    kind,
    at: new Date().toISOString(),
    outcome,
    applied,
    errors,
  };
  state.submissions.push(code ? { ...entry, code } : entry);
  return { status: 200, json: res };
}

export async function handleApi(state: SimState, req: ApiRequest): Promise<ApiResponse> {
  const delays = state.scenario.delays;
  const slow = (ms: number) => sleep(ms * state.faults.slow);
  // The fault's "session expired": the next call of any kind answers 401 once.
  if (state.faults.signInRedirect && req.route !== 'pane-closed') {
    state.faults = { ...state.faults, signInRedirect: false };
    const json: SignInRequired = { error: 'signInRequired', location: req.links.login };
    return { status: 401, json };
  }
  const [head, arg] = req.route.split('/');
  const get = req.method === 'GET';
  const post = req.method === 'POST';
  if (get && head === 'products' && arg === undefined) {
    await slow(delays.loadMs);
    return { status: 200, json: productSummaries(state.tenant) };
  }
  if (get && head === 'products' && arg) {
    await slow(delays.loadMs);
    const detail = productDetail(state.tenant, decodeURIComponent(arg));
    return detail ? { status: 200, json: detail } : notFound;
  }
  if (get && head === 'users') {
    await slow(delays.loadMs);
    return { status: 200, json: userRows(state.tenant) };
  }
  if (get && head === 'search') {
    await slow(delays.suggestMs);
    const kind: TargetType = req.query.get('kind') === 'group' ? 'group' : 'user';
    return { status: 200, json: search(state.tenant, kind, req.query.get('q') ?? '', state.faults) };
  }
  if (post && (head === 'assign' || head === 'unassign')) {
    await slow(delays.assignMs);
    return change(state, head, req.body);
  }
  if (get && head === 'pane') {
    const json: PaneConfig = { closeAfterPicks: state.faults.paneClosesUnexpectedly, maxPicks: MAX_TARGETS };
    return { status: 200, json };
  }
  if (post && head === 'pane-closed') {
    state.faults = { ...state.faults, paneClosesUnexpectedly: null }; // the fault fires once
    return { status: 200, json: { ok: true } };
  }
  return notFound;
}
