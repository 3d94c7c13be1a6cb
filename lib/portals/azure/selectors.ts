// What the page models know about the Azure portal and the Entra admin center (PORTALS.md §3):
// the shell's stable Knockout classes (fxs-*, azc-*), React views' roles and automation ids.
import type { Lookup } from '../lookup';
import type { AzureLabel } from './labels';

export const BLADE = '.fxs-blade';
export const BLADE_TITLE = '.fxs-blade-title-titleText';
export const COMMAND_BAR = '.fxs-commandBar-itemList';
/** Product grids: the shell's azc-grid, a React view's DetailsList, any ARIA grid. */
export const PRODUCT_GRIDS = [
  '.azc-grid [role=grid]',
  '.azc-grid table',
  '[data-automationid="DetailsList"] [role=grid]',
  '[role=grid]',
] as const;
/** Frames the portal draws blades in; the grid is then in the frame's document. */
export const VIEW_FRAMES =
  'iframe[src*=".reactblade.portal.azure.net"], iframe[src*=".reactblade-ms.portal.azure.net"], iframe[src*=".reactblade-rc.portal.azure.net"], iframe[src*=".hosting.portal.azure.net"]';
/** Marks of the portal shell, for a page on a host the routes do not know. */
export const SHELL_MARKS = `${BLADE}, ${BLADE_TITLE}, .fxs-portal, ${COMMAND_BAR}, .azc-grid`;

const CLICKABLE =
  'a, button, [role=button], [role=link], [role=menuitem], [role=tab], [role=treeitem], [role=gridcell], label';
const LABEL_TEXT = '.azc-toolbarButton-label, .fxs-blade-title-titleText, [role=heading], h1, h2, h3';

export type LegacyStep = 'plusAssign' | 'usersAndGroups' | 'assignmentOptions' | 'assign';

/** The steps of the old assign flow, in the order a user takes them. */
export const LEGACY_STEPS: Record<LegacyStep, Lookup<AzureLabel>> = {
  plusAssign: {
    name: 'plusAssign',
    alternatives: [
      { within: COMMAND_BAR, css: '.azc-toolbarButton-label', label: 'plusAssign' },
      { within: COMMAND_BAR, css: '.azc-toolbarButton-label', label: 'assignCommand' },
      { css: '[role=menubar] [role=menuitem], [role=menubar] button', label: ['plusAssign', 'assignCommand'] },
      { css: '[role=button], button', label: 'plusAssign' },
    ],
  },
  usersAndGroups: {
    name: 'usersAndGroups',
    alternatives: [
      { css: CLICKABLE, label: 'usersAndGroups', notWithin: COMMAND_BAR },
      { css: CLICKABLE, label: 'usersAndGroups', notWithin: COMMAND_BAR, byText: true },
      { css: LABEL_TEXT, label: 'usersAndGroups' },
    ],
  },
  assignmentOptions: {
    name: 'assignmentOptions',
    alternatives: [
      { css: CLICKABLE, label: 'assignmentOptions', notWithin: COMMAND_BAR },
      { css: CLICKABLE, label: 'assignmentOptions', notWithin: COMMAND_BAR, byText: true },
      { css: LABEL_TEXT, label: 'assignmentOptions' },
    ],
  },
  assign: {
    name: 'assign',
    alternatives: [
      { css: 'button, [role=button], .fxs-button', label: 'assignFinal', notWithin: COMMAND_BAR },
      { css: '.azc-toolbarButton-label', label: 'assignFinal' },
    ],
  },
};
