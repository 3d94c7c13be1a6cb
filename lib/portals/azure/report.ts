// Reading an Azure portal / Entra page: the All products grid (in the top document or in a
// reactblade frame's document) and, on a legacy product blade, whether "+ Assign" is offered.
import { readProductGrid } from '../products-grid';
import type { Route } from '../routes';
import type { PageKind, ProductSeats } from '../types';
import { visibleText } from '../text';
import { isFound } from '../lookup';
import { azureLabels } from './labels';
import { findAzurePlusAssign } from './legacy';
import { BLADE_TITLE, PRODUCT_GRIDS, VIEW_FRAMES } from './selectors';

export type PortalRead = {
  page: PageKind;
  products: ProductSeats[];
  product?: ProductSeats;
  canAssignHere: boolean;
  missing: string[];
};

const GRID_LABELS = {
  name: azureLabels.set('nameColumn'),
  available: azureLabels.set('availableColumn'),
  assigned: azureLabels.set('assignedColumn'),
  total: azureLabels.set('totalColumn'),
};

export function readAzurePage(doc: Document, route: Route, lang: string): PortalRead {
  const canAssignHere = isFound(findAzurePlusAssign(doc));
  if (route.page === 'product') {
    const titles = doc.querySelectorAll(BLADE_TITLE);
    const title = titles.length > 0 ? visibleText(titles[titles.length - 1]) : '';
    const product: ProductSeats = { name: title, ...(route.skuId ? { skuId: route.skuId } : {}) };
    return { page: 'product', products: [], product, canAssignHere, missing: title ? [] : ['bladeTitle'] };
  }
  const grid = readProductGrid(doc, PRODUCT_GRIDS, GRID_LABELS, lang);
  // A frame has no route: it shows All products when it holds a grid with seat-count columns.
  const page: PageKind = route.page === 'licenses' || grid.countColumns >= 2 ? 'licenses' : 'other';
  if (page === 'other') return { page, products: [], canAssignHere, missing: [] };
  // The top document of a blade drawn in a frame: the frame reports the grid.
  const inFrame = !grid.found && doc.querySelector(VIEW_FRAMES) !== null;
  return { page, products: grid.products, canAssignHere, missing: inFrame ? [] : grid.missing };
}
