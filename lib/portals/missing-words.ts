// What a page report's `missing` names mean to an admin: each name has a message in the admin's
// words ("Assign licenses" button, seat count "Available"), never the page model's internal name.
// Used wherever missing controls are shown (popup, side panel, in-page card).

/** Every name a page model can put in `missing`, with the message key that says it to an admin. */
export const MISSING_WORDS = {
  productTitle: 'missing_productTitle',
  assignLicensesButton: 'missing_assignLicensesButton',
  unassignLicensesButton: 'missing_unassignLicensesButton',
  usersTab: 'missing_usersTab',
  groupsTab: 'missing_groupsTab',
  searchBox: 'missing_searchBox',
  assignPane: 'missing_assignPane',
  pickerInput: 'missing_pickerInput',
  suggestions: 'missing_suggestions',
  pickedItems: 'missing_pickedItems',
  paneAssignButton: 'missing_paneAssignButton',
  paneCloseButton: 'missing_paneCloseButton',
  confirmUnassignButton: 'missing_confirmUnassignButton',
  successMessage: 'missing_successMessage',
  errorMessage: 'missing_errorMessage',
  spinner: 'missing_spinner',
  list: 'missing_list',
  totalCount: 'missing_totalCount',
  assignedCount: 'missing_assignedCount',
  availableCount: 'missing_availableCount',
  productsGrid: 'missing_productsGrid',
  productRows: 'missing_productRows',
  productNameColumn: 'missing_productNameColumn',
  bladeTitle: 'missing_bladeTitle',
  plusAssign: 'missing_plusAssign',
  usersAndGroups: 'missing_usersAndGroups',
  assignmentOptions: 'missing_assignmentOptions',
  assign: 'missing_assign',
} as const;

export type MissingName = keyof typeof MISSING_WORDS;
export type MissingWordsKey = (typeof MISSING_WORDS)[MissingName] | 'missing_other';

/** The message key that names a missing control or count to the admin ('missing_other' if unknown). */
export function missingWordsKey(name: string): MissingWordsKey {
  return Object.hasOwn(MISSING_WORDS, name) ? MISSING_WORDS[name as MissingName] : 'missing_other';
}
