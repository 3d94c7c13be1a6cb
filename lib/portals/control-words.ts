// The controls "Show me" may ask the admin to point at: ones a person can click or type into (not
// messages, spinners or lists). Their admin words are in missing-words.ts.

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
