import { describe, expect, it } from 'vitest';
import { createPortalSim, PORTAL_URL_PATTERN } from '../../portal-sim/server/index.ts';
import type { ChangeResult, PaneConfig, ProductSummary, ShellConfig } from '../../portal-sim/shared/types.ts';

const PRO = 'f8a1db68-be16-40ed-86d5-cb42ce701560';
const fast = { delays: { loadMs: 0, suggestMs: 0, assignMs: 0 } };

function shellConfig(html: string): ShellConfig {
  const json = /<script id="__sim-config" type="application\/json">(.*?)<\/script>/.exec(html)?.[1];
  return JSON.parse(json ?? 'null') as ShellConfig;
}

describe('pages', () => {
  it('serves the shell for every portal host, whatever path or query precedes the hash', async () => {
    const sim = createPortalSim(fast);
    const cases: [string, string][] = [
      ['https://admin.microsoft.com/Adminportal/Home?source=applauncher#/licenses', 'admin'],
      ['https://admin.cloud.microsoft/?#/homepage', 'admin'],
      ['https://portal.azure.com/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products', 'azure'],
      ['https://entra.microsoft.com/', 'entra'],
      ['https://sim.reactblade.portal.azure.net/reactview/x', 'reactblade'],
      ['https://login.microsoftonline.com/common/oauth2/v2.0/authorize', 'login'],
    ];
    for (const [url, portal] of cases) {
      const res = await sim.handle({ url, method: 'GET' });
      expect(res.status, url).toBe(200);
      expect(shellConfig(res.body).portal, url).toBe(portal);
    }
    expect((await sim.handle({ url: 'https://example.com/', method: 'GET' })).status).toBe(404);
  });

  it('sets <html lang> from the scenario, setLocale, and Azure’s ?l=', async () => {
    const sim = createPortalSim({ ...fast, locale: 'nl' });
    const lang = async (url: string) =>
      /<html lang="([^"]+)"/.exec((await sim.handle({ url, method: 'GET' })).body)?.[1];
    expect(await lang('https://admin.microsoft.com/')).toBe('nl-NL');
    sim.setLocale('de');
    expect(await lang('https://admin.microsoft.com/')).toBe('de-DE');
    expect(await lang('https://portal.azure.com/?l=fr')).toBe('fr-FR');
    expect(await lang('https://admin.microsoft.com/?l=fr')).toBe('de-DE');
  });

  it('routes exactly the portal hosts', () => {
    expect(PORTAL_URL_PATTERN.test('https://admin.microsoft.com/#/licenses')).toBe(true);
    expect(PORTAL_URL_PATTERN.test('https://x1.reactblade-ms.portal.azure.net/a')).toBe(true);
    expect(PORTAL_URL_PATTERN.test('https://admin.microsoft.com.evil.example/')).toBe(false);
    expect(PORTAL_URL_PATTERN.test('https://www.microsoft.com/')).toBe(false);
  });

  it('builds a client bundle without HTML-string APIs', async () => {
    const res = await createPortalSim(fast).handle({ url: 'https://admin.microsoft.com/__sim/app.js', method: 'GET' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('ms-BasePicker-input');
    expect(res.body).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML/);
  });
});

describe('API and faults', () => {
  const call = async <T>(sim: ReturnType<typeof createPortalSim>, route: string, body?: unknown) => {
    const res = await sim.handle({
      url: `https://admin.microsoft.com/__sim/api/${route}`,
      method: body ? 'POST' : 'GET',
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, json: JSON.parse(res.body) as T };
  };

  it('logs every submission and keeps the state for the next page load', async () => {
    const sim = createPortalSim(fast);
    const r = await call<ChangeResult>(sim, 'assign', {
      skuId: PRO,
      targetType: 'user',
      targets: ['umar.haddad@northwindsim.onmicrosoft.com'],
    });
    expect(r.json.outcome).toBe('success');
    const products = await call<ProductSummary[]>(sim, 'products');
    expect(products.json.find((p) => p.skuId === PRO)?.available).toBe(4);
    expect(sim.submissions).toMatchObject([{ id: 1, kind: 'assign', outcome: 'success', portal: 'admin' }]);
    expect(sim.holding(PRO, 'UMAR.HADDAD@northwindsim.onmicrosoft.com')).toEqual({ direct: true, groupIds: [] });
  });

  it('signInRedirect answers one call with 401 and the login host', async () => {
    const sim = createPortalSim(fast);
    sim.setFault('signInRedirect', true);
    const first = await call<{ error: string; location: string }>(sim, 'products');
    expect(first).toEqual({
      status: 401,
      json: { error: 'signInRequired', location: 'https://login.microsoftonline.com' },
    });
    expect((await call(sim, 'products')).status).toBe(200);
  });

  it('paneClosesUnexpectedly is handed to the pane and fires once', async () => {
    const sim = createPortalSim(fast);
    sim.setFault('paneClosesUnexpectedly', 2);
    expect((await call<PaneConfig>(sim, 'pane')).json).toEqual({ closeAfterPicks: 2, maxPicks: 20 });
    await call(sim, 'pane-closed', {});
    expect((await call<PaneConfig>(sim, 'pane')).json.closeAfterPicks).toBeNull();
  });

  it('normalizes fault values', () => {
    const sim = createPortalSim(fast);
    sim.setFault('slow', true);
    expect(sim.faults.slow).toBe(4);
    sim.setFault('slow', false);
    expect(sim.faults.slow).toBe(1);
    sim.setFault('userNotFound', ['a@x.example', 'b@x.example']);
    expect(sim.faults.userNotFound).toEqual(['a@x.example', 'b@x.example']);
    expect(() => sim.setFault('conflictingPlans', true)).toThrow();
  });

  it('serves localhost with path prefixes and links that stay on localhost', async () => {
    const sim = createPortalSim(fast);
    const res = await sim.handle({
      url: 'http://127.0.0.1:4000/azure/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products',
      method: 'GET',
    });
    const c = shellConfig(res.body);
    expect(c.portal).toBe('azure');
    expect(c.links.reactblade).toBe('http://127.0.0.1:4000/reactblade');
  });
});
