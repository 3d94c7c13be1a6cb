import { describe, expect, it } from 'vitest';
import {
  adminCenterProductSkuId,
  adminCenterProductUrl,
  azureProductSkuId,
  isAdminCenterLicensesRoute,
  isAzureFrameHost,
  isAzureLicensesRoute,
  portalOfUrl,
  routeOf,
} from '../../../lib/portals/routes';

const PRO = 'f8a1db68-be16-40ed-86d5-cb42ce701560';

describe('portalOfUrl', () => {
  it.each([
    ['https://admin.microsoft.com/Adminportal/Home#/licenses', 'admin-center'],
    ['https://ADMIN.microsoft.com/#/homepage', 'admin-center'],
    ['https://admin.cloud.microsoft/?#/users', 'admin-center'],
    ['https://portal.office.com/adminportal/home#/licenses', 'admin-center'],
    ['https://portal.azure.com/#home', 'azure-portal'],
    ['https://entra.microsoft.com/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products', 'entra'],
    ['https://sandbox-1.reactblade.portal.azure.net/ReactView/Index', 'azure-portal'],
    ['https://x.reactblade-ms.portal.azure.net/', 'azure-portal'],
    ['https://x.reactblade-rc.portal.azure.net/', 'azure-portal'],
    ['https://afd-v2.hosting.portal.azure.net/iam/Content/Dynamic/blade.html', 'azure-portal'],
    [
      `https://s.reactblade.portal.azure.net/R?trustedAuthority=${encodeURIComponent('https://entra.microsoft.com')}`,
      'entra',
    ],
    ['https://example.com/#/licenses', undefined],
    ['https://reactblade.portal.azure.net/', undefined],
    ['https://admin.microsoft.com.evil.example/#/licenses', undefined],
    ['https://evil-portal.azure.com/#home', undefined],
  ])('%s -> %s', (url, portal) => {
    expect(portalOfUrl(new URL(url))).toBe(portal);
  });

  it('takes an Entra frame from its referrer when the frame URL does not say', () => {
    const frame = new URL('https://s.reactblade.portal.azure.net/R');
    expect(portalOfUrl(frame, 'https://entra.microsoft.com/')).toBe('entra');
    expect(portalOfUrl(frame, 'https://portal.azure.com/')).toBe('azure-portal');
  });
});

describe('isAzureFrameHost', () => {
  it.each([
    ['a.reactblade.portal.azure.net', true],
    ['A.REACTBLADE-MS.portal.azure.net', true],
    ['b.reactblade-rc.portal.azure.net', true],
    ['c.hosting.portal.azure.net', true],
    ['portal.azure.com', false],
    ['reactblade.portal.azure.net.example.com', false],
  ])('%s -> %s', (host, expected) => {
    expect(isAzureFrameHost(host)).toBe(expected);
  });
});

describe('admin center routes', () => {
  it.each([
    ['https://admin.microsoft.com/Adminportal/Home#/licenses', true],
    ['https://admin.microsoft.com/adminportal/home?source=applauncher#/licenses', true],
    ['https://admin.microsoft.com/?#/Licenses', true],
    ['https://admin.microsoft.com/?referrer=entra#/licenses/', true],
    ['https://admin.microsoft.com/#/licenses?tab=all', true],
    ['https://admin.microsoft.com/#licenses', true],
    ['https://admin.microsoft.com/#/licenses/autoclaimpoliciespage', false],
    ['https://admin.microsoft.com/#/licensedetailpage/' + PRO, false],
    ['https://admin.microsoft.com/#/subscriptions', false],
    ['https://admin.microsoft.com/licenses', false],
  ])('licenses %s -> %s', (url, expected) => {
    expect(isAdminCenterLicensesRoute(new URL(url))).toBe(expected);
  });

  it.each([
    [`https://admin.microsoft.com/Adminportal/Home#/licensedetailpage/${PRO}`, PRO],
    [`https://admin.microsoft.com/?#/LicenseDetailPage/${PRO.toUpperCase()}`, PRO],
    [`https://admin.cloud.microsoft/?source=applauncher#/licensedetailpage/${PRO}/groups`, PRO],
    [`https://admin.microsoft.com/#/licensedetailpage/${PRO}?tab=groups`, PRO],
    [`https://admin.microsoft.com/#%2Flicensedetailpage%2F${PRO}`, PRO],
    ['https://admin.microsoft.com/#/licensedetailpage/not-a-guid', undefined],
    [`https://admin.microsoft.com/#/licensedetailpage/${PRO}x`, undefined],
    ['https://admin.microsoft.com/#/licenses', undefined],
  ])('product %s -> %s', (url, skuId) => {
    expect(adminCenterProductSkuId(new URL(url))).toBe(skuId);
  });
});

describe('Azure and Entra routes', () => {
  it.each([
    ['https://portal.azure.com/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products', true],
    ['https://portal.azure.com/#blade/Microsoft_AAD_IAM/LicensesMenuBlade/Products', true],
    ['https://portal.azure.com/?feature.x=1#view/microsoft_aad_iam/licensesmenublade/~/products', true],
    ['https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products', true],
    ['https://entra.microsoft.com/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products/menuId/', true],
    ['https://portal.azure.com/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Overview', false],
    ['https://portal.azure.com/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/ProductsX', false],
    ['https://portal.azure.com/#home', false],
  ])('licenses %s -> %s', (url, expected) => {
    expect(isAzureLicensesRoute(new URL(url))).toBe(expected);
  });

  it('reads a product blade skuId', () => {
    expect(
      azureProductSkuId(
        new URL(`https://portal.azure.com/#view/Microsoft_AAD_IAM/LicenseDetailsMenuBlade/~/Overview/skuId/${PRO}`),
      ),
    ).toBe(PRO);
    expect(
      azureProductSkuId(new URL('https://portal.azure.com/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products')),
    ).toBeUndefined();
  });
});

describe('routeOf', () => {
  it.each([
    ['https://admin.microsoft.com/#/licenses', { portal: 'admin-center', page: 'licenses', frame: false }],
    [
      `https://admin.microsoft.com/#/licensedetailpage/${PRO}`,
      { portal: 'admin-center', page: 'product', skuId: PRO, frame: false },
    ],
    [
      'https://admin.microsoft.com/#/licenses/autoclaimpoliciespage',
      { portal: 'admin-center', page: 'other', frame: false },
    ],
    [
      'https://admin.microsoft.com/#/users/:/UserDetails/ann@contoso.com',
      { portal: 'admin-center', page: 'other', frame: false },
    ],
    [
      'https://admin.microsoft.com/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products',
      { portal: 'admin-center', page: 'other', frame: false },
    ],
    [
      'https://portal.azure.com/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products',
      { portal: 'azure-portal', page: 'licenses', frame: false },
    ],
    ['https://portal.azure.com/#/licenses', { portal: 'azure-portal', page: 'other', frame: false }],
    [
      'https://entra.microsoft.com/#blade/Microsoft_AAD_IAM/LicensesMenuBlade/Products',
      { portal: 'entra', page: 'licenses', frame: false },
    ],
    [
      'https://s.reactblade.portal.azure.net/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products',
      { portal: 'azure-portal', page: 'other', frame: true },
    ],
    ['http://localhost:5173/admin/#/licenses', { portal: undefined, page: 'licenses', frame: false }],
    [
      'http://localhost:5173/azure/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products',
      { portal: undefined, page: 'licenses', frame: false },
    ],
  ])('%s', (url, expected) => {
    expect(routeOf(new URL(url))).toEqual(expected);
  });
});

describe('adminCenterProductUrl', () => {
  it('builds the deep link to a product page', () => {
    expect(adminCenterProductUrl(PRO)).toBe(`https://admin.microsoft.com/Adminportal/Home#/licensedetailpage/${PRO}`);
  });
  it('keeps an admin-center host, lower-cases the skuId, and refuses other hosts', () => {
    expect(adminCenterProductUrl(PRO.toUpperCase(), 'admin.cloud.microsoft')).toBe(
      `https://admin.cloud.microsoft/Adminportal/Home#/licensedetailpage/${PRO}`,
    );
    expect(adminCenterProductUrl(PRO, 'evil.example')).toBe(
      `https://admin.microsoft.com/Adminportal/Home#/licensedetailpage/${PRO}`,
    );
  });
  it('round-trips through the route predicates', () => {
    expect(routeOf(new URL(adminCenterProductUrl(PRO)))).toMatchObject({
      portal: 'admin-center',
      page: 'product',
      skuId: PRO,
    });
  });
  it('encodes whatever it is given', () => {
    expect(adminCenterProductUrl('a/b#c')).toBe(
      'https://admin.microsoft.com/Adminportal/Home#/licensedetailpage/a%2Fb%23c',
    );
  });
});
