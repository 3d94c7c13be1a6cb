// Reading an admin center page: the Licenses page's product grid, a product page's title, counts
// and controls, and whether the assign pane is open over it.
import { combineCounts, missingCounts } from '../counts';
import { isFound, runLookup } from '../lookup';
import { readProductGrid } from '../products-grid';
import type { Route } from '../routes';
import { readLabelledCounts } from '../summary';
import { visibleText } from '../text';
import type { PageKind, ProductSeats } from '../types';
import { COUNT_SENTENCE_LOCALES } from './count-sentences';
import { controlFinder, mainRegion, missingControls, type ControlFinder } from './controls';
import { adminCenterLabels } from './labels';
import { ASSIGN_PANE_CONTROLS, CONTROLS, DONE_PANE_CONTROLS, PRODUCT_GRIDS, PRODUCT_PAGE_CONTROLS } from './selectors';

export type AdminCenterRead = {
  page: PageKind;
  pane: 'assign' | null;
  products: ProductSeats[];
  product?: ProductSeats;
  canAssignHere: boolean;
  missing: string[];
};

const COUNT_LABELS = {
  available: adminCenterLabels.set('availableColumn'),
  assigned: adminCenterLabels.set('assignedColumn'),
  total: adminCenterLabels.set('totalColumn'),
  sentences: COUNT_SENTENCE_LOCALES,
};
const GRID_LABELS = { name: adminCenterLabels.set('productColumn'), ...COUNT_LABELS };

export function isAssignPaneOpen(doc: Document | ControlFinder): boolean {
  return isFound(('nodeType' in doc ? controlFinder(doc) : doc).find('assignPane'));
}

/**
 * After a (partly) successful Assign the pane shows the outcome and Close only: the picker and
 * Assign are gone by design, not missing.
 */
function paneDone(controls: ControlFinder): boolean {
  const pane = controls.find('assignPane');
  return isFound(pane) && isFound(runLookup(pane.element, CONTROLS.successMessage.lookup, adminCenterLabels));
}

function readProductPage(
  doc: Document,
  controls: ControlFinder,
  route: Route,
  lang: string,
  paneOpen: boolean,
): AdminCenterRead {
  const title = controls.find('productTitle');
  const name = isFound(title) ? visibleText(title.element) : '';
  const main = mainRegion(doc) ?? doc.body ?? doc.documentElement;
  const seats = combineCounts(readLabelledCounts(main, COUNT_LABELS, lang));
  const product: ProductSeats = { name, ...(route.skuId ? { skuId: route.skuId } : {}), ...seats };
  const missing = [...missingControls(controls, PRODUCT_PAGE_CONTROLS), ...missingCounts(seats)];
  if (paneOpen)
    missing.push(...missingControls(controls, paneDone(controls) ? DONE_PANE_CONTROLS : ASSIGN_PANE_CONTROLS));
  const canAssignHere = paneOpen || !missing.includes('assignLicensesButton');
  return { page: 'product', pane: paneOpen ? 'assign' : null, products: [], product, canAssignHere, missing };
}

export function readAdminCenterPage(doc: Document, route: Route, lang: string): AdminCenterRead {
  const controls = controlFinder(doc);
  const paneOpen = isAssignPaneOpen(controls);
  if (route.page === 'product') return readProductPage(doc, controls, route, lang, paneOpen);
  const pane = paneOpen ? 'assign' : null;
  if (route.page !== 'licenses') return { page: route.page, pane, products: [], canAssignHere: false, missing: [] };
  const grid = readProductGrid(mainRegion(doc) ?? doc, PRODUCT_GRIDS, GRID_LABELS, lang);
  return { page: 'licenses', pane, products: grid.products, canAssignHere: false, missing: grid.missing };
}
