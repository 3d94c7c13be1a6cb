// Reading an Azure portal / Entra page: the All products grid (in the top document or in a
// reactblade frame's document) and, on a legacy product blade, whether "+ Assign" is offered.
import { readProductGrid } from '../products-grid';
import type { Route } from '../routes';
import type { PageKind, ProductSeats } from '../types';
import { visibleText } from '../text';
import { isFound } from '../lookup';
import { azureLabels } from './labels';
import { findAzureLegacyAssignSteps, findAzurePlusAssign } from './legacy';
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

const MENU_SEPARATOR = ' | ';

/**
 * The product's name from the blade titles: a menu blade is titled "<product> | <menu item>"
 * ("Power BI Pro | Licensed users"), and blades opened to its right ("Assign license") or to its
 * left ("Licenses | All products") carry other titles: the last title with a menu part, else the first.
 */
export function productBladeName(doc: Document): string {
  const titles = Array.from(doc.querySelectorAll(BLADE_TITLE), (el) => visibleText(el)).filter(Boolean);
  const withMenu = titles.filter((t) => t.includes(MENU_SEPARATOR));
  const title = withMenu[withMenu.length - 1] ?? titles[0] ?? '';
  const cut = title.lastIndexOf(MENU_SEPARATOR);
  return cut > 0 ? title.slice(0, cut).trim() : title;
}

/**
 * The legacy flow's steps once its "Assign license" blade is open (a step past "+ Assign" shows):
 * each one missing is named. Before that only "+ Assign" is expected, and it decides canAssignHere.
 */
function missingLegacySteps(doc: Document): string[] {
  const steps = findAzureLegacyAssignSteps(doc);
  const flowOpen = steps.slice(1, 3).some(isFound);
  return flowOpen ? steps.filter((s) => !isFound(s)).map((s) => s.name) : [];
}

export function readAzurePage(doc: Document, route: Route, lang: string): PortalRead {
  const canAssignHere = isFound(findAzurePlusAssign(doc));
  if (route.page === 'product') {
    const name = productBladeName(doc);
    const product: ProductSeats = { name, ...(route.skuId ? { skuId: route.skuId } : {}) };
    const missing = [...(name ? [] : ['bladeTitle']), ...(canAssignHere ? missingLegacySteps(doc) : [])];
    return { page: 'product', products: [], product, canAssignHere, missing };
  }
  const grid = readProductGrid(doc, PRODUCT_GRIDS, GRID_LABELS, lang);
  // A frame has no route: it shows All products when it holds a grid with seat-count columns.
  const page: PageKind = route.page === 'licenses' || grid.countColumns >= 2 ? 'licenses' : 'other';
  if (page === 'other') return { page, products: [], canAssignHere, missing: [] };
  // The top document of a blade drawn in a frame: the frame reports the grid.
  const inFrame = !grid.found && doc.querySelector(VIEW_FRAMES) !== null;
  return { page, products: grid.products, canAssignHere, missing: inFrame ? [] : grid.missing };
}
