// Which simulator pages are saved as fixtures (scripts/save-sim-fixtures.ts writes them to
// fixtures/sim/) and from which URL and scenario: shared by the saving script and the unit tests
// that read them, so the tests know the scenario's numbers. Plain data only.
import type { ScenarioInput } from '../../portal-sim/scenarios/schema';

export type SimLocale = 'en' | 'nl';

/** What the script does on the page before saving it. */
export type CaptureAction =
  | 'licenses'
  | 'productUsers'
  | 'productGroups'
  | 'assignSuggestions'
  | 'assignPicked'
  | 'assignSuccess'
  | 'assignError'
  | 'unassignDialog'
  | 'home'
  | 'users'
  | 'azureProducts'
  | 'azureFrame'
  | 'azureProductBlade'
  | 'azureLegacyAssign';

export type SimCapture = {
  /** File name in fixtures/sim/ without `.html`, e.g. 'ac-licenses-columns.en'. */
  name: string;
  locale: SimLocale;
  /** The top page's URL (the page model reads the fixture at this URL, or at `frameUrl`). */
  url: string;
  /** The frame's URL when the frame's document is saved instead of the top one. */
  frameUrl?: string;
  action: CaptureAction;
  /** Overrides on top of SIM_FIXTURE_BASE. */
  scenario: Partial<ScenarioInput>;
};

export const SIM_FIXTURE_SEED = 7;
/** Short delays: the script waits for content, the delays only keep the renders late. */
export const SIM_FIXTURE_BASE: Partial<ScenarioInput> = {
  seed: SIM_FIXTURE_SEED,
  delays: { loadMs: 20, suggestMs: 20, assignMs: 20 },
};

export const SKU = {
  pro: 'f8a1db68-be16-40ed-86d5-cb42ce701560',
  ppu: 'c1d032e0-5619-4761-9b5c-75b6831e1711',
} as const;

/** Users picked in the assign pane (by typing the query, then Enter), and the query left typed. */
export const PICKS = [
  { query: 'umar', upn: 'umar.haddad@northwindsim.onmicrosoft.com' },
  { query: 'vera.willems', upn: 'vera.willems@northwindsim.onmicrosoft.com' },
] as const;
export const OPEN_QUERY = 'v';

const ADMIN_URLS: Record<
  SimLocale,
  { licenses: string; product: (sku: string) => string; home: string; users: string }
> = {
  en: {
    licenses: 'https://admin.microsoft.com/Adminportal/Home?source=applauncher#/licenses',
    product: (sku) => `https://admin.microsoft.com/Adminportal/Home#/licensedetailpage/${sku}`,
    home: 'https://admin.microsoft.com/Adminportal/Home#/homepage',
    users: 'https://admin.microsoft.com/#/users',
  },
  nl: {
    licenses: 'https://admin.cloud.microsoft/?#/licenses',
    product: (sku) => `https://admin.cloud.microsoft/?#/licensedetailpage/${sku}`,
    home: 'https://admin.cloud.microsoft/#/homepage',
    users: 'https://admin.cloud.microsoft/?referrer=entra#/users',
  },
};
const AZURE_PRODUCTS = 'https://portal.azure.com/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products';
const ENTRA_PRODUCTS = 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products';
const azureProductBlade = (sku: string) =>
  `https://portal.azure.com/#view/Microsoft_AAD_IAM/LicenseDetailsMenuBlade/~/Overview/skuId/${sku}`;
/** The simulator's reactblade frame (tests/portal-sim/client/azure/all-products.ts). */
export const reactbladeUrl = (locale: SimLocale, portal: 'azure' | 'entra') =>
  `https://sim.reactblade.portal.azure.net/reactview/Microsoft_AAD_IAM/AllProducts?l=${locale}&portal=${portal}`;

function forLocale(locale: SimLocale): SimCapture[] {
  const a = ADMIN_URLS[locale];
  const ac = (name: string, url: string, action: CaptureAction, scenario: Partial<ScenarioInput> = {}): SimCapture => ({
    name: `ac-${name}.${locale}`,
    locale,
    url,
    action,
    scenario: { locale, ...scenario },
  });
  const az = (
    name: string,
    url: string,
    action: CaptureAction,
    azure: { frame: 'top' | 'reactblade'; legacyAssign: boolean },
    frameUrl?: string,
  ): SimCapture => ({
    name: `${name}.${locale}`,
    locale,
    url,
    action,
    scenario: { locale, azure },
    ...(frameUrl ? { frameUrl } : {}),
  });
  const top = { frame: 'top', legacyAssign: false } as const;
  const framed = { frame: 'reactblade', legacyAssign: false } as const;
  const legacy = { frame: 'top', legacyAssign: true } as const;
  return [
    ac('licenses-columns', a.licenses, 'licenses', { countStyle: 'columns' }),
    ac('licenses-slash', a.licenses, 'licenses', { countStyle: 'slash' }),
    ac('licenses-of', a.licenses, 'licenses', { countStyle: 'of' }),
    ac('product-users', a.product(SKU.pro), 'productUsers'),
    ac('product-users-slash', a.product(SKU.pro), 'productUsers', { countStyle: 'slash' }),
    ac('product-users-of', a.product(SKU.pro), 'productUsers', { countStyle: 'of' }),
    ac('product-groups', a.product(SKU.pro), 'productGroups'),
    ac('assign-suggestions', a.product(SKU.pro), 'assignSuggestions'),
    ac('assign-picked', a.product(SKU.pro), 'assignPicked'),
    ac('assign-success', a.product(SKU.pro), 'assignSuccess'),
    ac('assign-error', a.product(SKU.pro), 'assignError', { faults: { notEnoughLicenses: true } }),
    ac('unassign-dialog', a.product(SKU.pro), 'unassignDialog'),
    ac('home', a.home, 'home'),
    ac('users', a.users, 'users'),
    az('az-products-top', AZURE_PRODUCTS, 'azureProducts', top),
    az('az-products-shell', AZURE_PRODUCTS, 'azureProducts', framed),
    az('az-products-frame', AZURE_PRODUCTS, 'azureFrame', framed, reactbladeUrl(locale, 'azure')),
    az('entra-products-top', ENTRA_PRODUCTS, 'azureProducts', top),
    az('entra-products-frame', ENTRA_PRODUCTS, 'azureFrame', framed, reactbladeUrl(locale, 'entra')),
    az('az-product-blade', azureProductBlade(SKU.pro), 'azureProductBlade', top),
    az('az-legacy-blade', azureProductBlade(SKU.pro), 'azureProductBlade', legacy),
    az('az-legacy-assign', azureProductBlade(SKU.pro), 'azureLegacyAssign', legacy),
  ];
}

export const SIM_CAPTURES: readonly SimCapture[] = [...forLocale('en'), ...forLocale('nl')];

/** The full scenario input of a capture. */
export function captureScenario(capture: SimCapture): Partial<ScenarioInput> {
  return { ...SIM_FIXTURE_BASE, ...capture.scenario };
}
