// Small builders for pre-flight tests.
import type { Target } from '../../../lib/csv';
import type { PageFacts, PreflightSettings } from '../../../lib/preflight';

export const PRO = 'f8a1db68-be16-40ed-86d5-cb42ce701560';
export const PPU = 'c1d032e0-5619-4761-9b5c-75b6831e1711';
export const E5 = '06ebc4ee-1bb5-47dd-8120-11324bc54e06'; // Microsoft 365 E5 (SPE_E5)
export const VISIO = 'c5928f49-12ba-48f7-ada3-0d743a3601d5'; // Visio Plan 2

export function user(row: number, id = `user${row}@contoso.com`, extra: Partial<Target> = {}): Target {
  return { row, kind: 'user', id, key: id.toLowerCase(), action: 'assign', usageLocation: 'NL', ...extra };
}

export function guest(row: number, home = `guest${row}@fabrikam.com`, extra: Partial<Target> = {}): Target {
  const upn = `${home.replace('@', '_')}#EXT#@contoso.onmicrosoft.com`;
  return { row, kind: 'guest', id: upn, key: home.toLowerCase(), action: 'assign', usageLocation: 'NL', ...extra };
}

export function group(row: number, name: string, extra: Partial<Target> = {}): Target {
  return { row, kind: 'group', id: name, key: `group:${name.toLowerCase()}`, action: 'assign', ...extra };
}

export const productPage = (available?: number, extra: Partial<PageFacts> = {}): PageFacts => ({
  pageKind: 'product',
  portal: 'admin-center',
  product: { name: 'Power BI Pro', skuId: PRO, ...(available === undefined ? {} : { available }) },
  canAssignHere: true,
  assignControlFound: true,
  ...extra,
});

export const settings = (extra: Partial<PreflightSettings> = {}): PreflightSettings => ({
  excludeGuestsAlways: false,
  guestsConfirmed: false,
  ...extra,
});
