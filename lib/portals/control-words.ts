// The names page reports and runs use for what they could not find, each with the words an admin
// knows it by (message `control_<name>` in every locale): "Assign licenses", never
// `assignLicensesButton`. Controls an admin can point at are the ones "Show me" may ask for.

/** Every name a page report's `missing` or a run's missing control can hold. */
export const CONTROL_WORD_NAMES = [
  'productTitle',
  'assignLicensesButton',
  'unassignLicensesButton',
  'usersTab',
  'groupsTab',
  'searchBox',
  'assignPane',
  'pickerInput',
  'suggestions',
  'pickedItems',
  'paneAssignButton',
  'paneCloseButton',
  'confirmUnassignButton',
  'cancelButton',
  'rowCheck',
  'productList',
  'successMessage',
  'errorMessage',
  'spinner',
  'totalCount',
  'assignedCount',
  'availableCount',
  'productsGrid',
  'productRows',
  'productNameColumn',
  'bladeTitle',
  'plusAssign',
  'usersAndGroups',
  'assignmentOptions',
  'assign',
] as const;

export type ControlWordName = (typeof CONTROL_WORD_NAMES)[number];

/** Controls the admin can click once to show the extension where they are. */
export const SHOWABLE_CONTROLS = [
  'assignLicensesButton',
  'unassignLicensesButton',
  'usersTab',
  'groupsTab',
  'searchBox',
  'pickerInput',
  'paneAssignButton',
  'paneCloseButton',
  'confirmUnassignButton',
] as const;

export type ShowableControl = (typeof SHOWABLE_CONTROLS)[number];

export function isShowable(name: string): name is ShowableControl {
  return (SHOWABLE_CONTROLS as readonly string[]).includes(name);
}

/** The message key of a name's admin words; names the table does not hold read as "a part of the page". */
export function controlWordKey(name: string): string {
  return (CONTROL_WORD_NAMES as readonly string[]).includes(name) ? `control_${name}` : 'control_unknown';
}
