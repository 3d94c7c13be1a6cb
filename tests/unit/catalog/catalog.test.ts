import { describe, expect, it } from 'vitest';
import { findProduct, getCatalog, productsCovering, productsWithPlan, corePlans } from '../../../lib/catalog';

const PRO = 'f8a1db68-be16-40ed-86d5-cb42ce701560';
const PPU = 'c1d032e0-5619-4761-9b5c-75b6831e1711';

describe('catalogue', () => {
  const catalog = getCatalog();

  it('holds every product of the published table', () => {
    expect(catalog.products.length).toBe(569);
  });

  it.each([
    ['Power BI Pro', PRO],
    ['power  bi PRO', PRO],
    ['POWER_BI_PRO', PRO],
    [PRO.toUpperCase(), PRO],
    ['PBI_PREMIUM_PER_USER', PPU],
    ['Power BI Premium Per User', PPU],
    ['Microsoft Fabric (Free)', 'a403ebcc-fae0-4ca2-8c8c-7a907fd6c235'],
  ])('finds %s', (text, skuId) => {
    expect(findProduct(catalog, text)?.skuId).toBe(skuId);
  });

  it.each(['', 'Power BI Ultra', '00000000-0000-0000-0000-000000000000'])('finds nothing for %j', (text) => {
    expect(findProduct(catalog, text)).toBeUndefined();
  });

  it('knows Power BI Pro by its own plan, not by Exchange Foundation', () => {
    const pro = findProduct(catalog, PRO)!;
    expect(corePlans(catalog, pro)).toEqual(['BI_AZURE_P2']);
  });

  it('lists E5 and Premium Per User as covering Power BI Pro', () => {
    const names = productsCovering(catalog, PRO).map((p) => p.stringId);
    expect(names).toContain('SPE_E5');
    expect(names).toContain('ENTERPRISEPREMIUM');
    expect(names).toContain('PBI_PREMIUM_PER_USER');
    expect(names).not.toContain('POWER_BI_PRO');
    expect(names).not.toContain('POWER_BI_STANDARD');
  });

  it('finds the products that carry Entra ID P1', () => {
    const ids = productsWithPlan(catalog, 'AAD_PREMIUM').map((p) => p.stringId);
    expect(ids).toContain('SPB'); // Microsoft 365 Business Premium
    expect(ids).toContain('SPE_E5');
    expect(ids).not.toContain('POWER_BI_PRO');
  });
});
