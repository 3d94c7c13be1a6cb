// Content scripts report product names as the page shows them; the background adds skuIds from
// the catalogue (kept out of content scripts, which must stay small).
import type { PageReport, ProductSeats } from '../portals/types';
import { findProduct, type Catalog } from './index';

function resolve(catalog: Catalog, seats: ProductSeats): ProductSeats {
  if (seats.skuId) return seats;
  const found = findProduct(catalog, seats.name);
  return found ? { ...seats, skuId: found.skuId } : seats;
}

export function resolveSkuIds(report: PageReport, catalog: Catalog): PageReport {
  return {
    ...report,
    products: report.products.map((p) => resolve(catalog, p)),
    ...(report.product ? { product: resolve(catalog, report.product) } : {}),
  };
}
