import { describe, expect, it } from 'vitest';
import { licenseRouteDidNotStick } from '../../../lib/portals/redirect';

const PRO = 'f8a1db68-be16-40ed-86d5-cb42ce701560';
const at = (href: string) => new URL(href);

describe('licenseRouteDidNotStick', () => {
  it.each([
    [
      'https://admin.microsoft.com/Adminportal/Home#/licenses',
      'https://admin.microsoft.com/Adminportal/Home#/homepage',
      true,
    ],
    [`https://admin.cloud.microsoft/?#/licensedetailpage/${PRO}`, 'https://admin.cloud.microsoft/?#/homepage', true],
    ['https://admin.microsoft.com/#/licenses', 'https://admin.microsoft.com/#/licenses', false],
    ['https://admin.microsoft.com/#/licenses', `https://admin.microsoft.com/#/licensedetailpage/${PRO}`, false],
    ['https://admin.microsoft.com/#/homepage', 'https://admin.microsoft.com/#/homepage', false],
    ['https://admin.microsoft.com/#/users', 'https://admin.microsoft.com/#/homepage', false],
    [
      'https://portal.azure.com/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products',
      'https://portal.azure.com/#home',
      false,
    ],
  ])('%s shown as %s: %s', (requested, current, expected) => {
    expect(licenseRouteDidNotStick(at(requested), at(current))).toBe(expected);
  });
});
