// The page report: the stable contract between content scripts, background, popup and tests.
// Kept as plain types (no zod) so content scripts stay small; the background validates it.

export type PortalId = 'admin-center' | 'azure-portal' | 'entra';
export type PageKind = 'licenses' | 'product' | 'other';

export type ProductSeats = {
  name: string;
  skuId?: string;
  total?: number;
  assigned?: number;
  available?: number;
};

export type PageReport = {
  portal: PortalId;
  page: PageKind;
  /** The assign pane open over a product page. */
  pane: 'assign' | null;
  /** `<html lang>`, e.g. 'en', 'nl-NL'. */
  locale: string;
  url: string;
  products: ProductSeats[];
  /** The product of a product page. */
  product?: ProductSeats;
  /** False on Azure/Entra blades that have no assign control. */
  canAssignHere: boolean;
  /** Controls the page model expected and could not find. */
  missing: string[];
  /** ISO time. */
  at: string;
};
