// What the page models know about the Microsoft 365 admin center's DOM (PORTALS.md §2): roles,
// automation attributes and Fluent UI v8's stable class names; never generated names (root-123).
// Each control is a list of alternatives, structure first and labels second.
import type { Lookup } from '../lookup';
import type { AdminCenterLabel } from './labels';

/** Body-level layers and dialogs: page controls are never inside them. */
export const LAYERS = '.ms-Layer, [role=dialog], [role=alertdialog]';
/** Sub-scopes searched before the whole region (see `within`): the page's command bar and tabs,
 *  and Fluent's body-level layers (panes, callouts), resolved once per read. */
export const COMMAND_BAR = '[role=menubar]';
export const TABLIST = '[role=tablist]';
export const BODY_LAYERS = '.ms-Layer';
/** Every body-level element except the one holding the page: where any portal draws overlays. */
export const BODY_OVERLAYS = 'body > *';
/** Body children that host layers instead of being one (Fluent's default layer host). */
export const LAYER_HOSTS = '.ms-LayerHost, #fluent-default-layer-host';
/** The page's content region (the shell's header and left nav are outside it). */
export const MAIN = '[role=main], main';
export const LEFT_NAV = '[data-hint="ReactLeftNav"]';
export const PRODUCT_GRIDS = ['[data-automationid="DetailsList"] [role=grid]', '[role=grid]'] as const;
export const DETAILS_ROW = '[data-automationid="DetailsRow"]';
export const ROW_CHECK = '[data-automationid="DetailsRowCheck"], [role=checkbox]';
export const PICKED_ITEM = '[data-selection-index]';
export const OPTION = '[role=option]';
const HEADING = '[role=heading][aria-level="1"], h1, h2, [role=heading], .ms-Panel-headerText';
const BUTTON = 'button, [role=button]';

export type ControlName =
  | 'productTitle'
  | 'assignLicensesButton'
  | 'unassignLicensesButton'
  | 'usersTab'
  | 'groupsTab'
  | 'searchBox'
  | 'assignPane'
  | 'pickerInput'
  | 'suggestions'
  | 'pickedItems'
  | 'paneAssignButton'
  | 'paneCloseButton'
  | 'confirmUnassignButton'
  | 'successMessage'
  | 'errorMessage'
  | 'spinner';

/** Where a control is looked for: the page's main region, the open assign pane, or anywhere. */
export type ControlScope = 'main' | 'pane' | 'document';

type ControlSpec = { scope: ControlScope; lookup: Lookup<AdminCenterLabel> };

function spec(
  scope: ControlScope,
  name: ControlName,
  alternatives: Lookup<AdminCenterLabel>['alternatives'],
): ControlSpec {
  return { scope, lookup: { name, alternatives } };
}

export const CONTROLS: Record<ControlName, ControlSpec> = {
  productTitle: spec('main', 'productTitle', [
    { css: 'h1', notWithin: LAYERS },
    { css: '[role=heading][aria-level="1"]', notWithin: LAYERS },
  ]),
  assignLicensesButton: spec('main', 'assignLicensesButton', [
    { within: COMMAND_BAR, css: '[role=menuitem], button', label: 'assignLicenses' },
    { css: `${BUTTON}, [role=menuitem], a`, label: 'assignLicenses', notWithin: LAYERS },
  ]),
  unassignLicensesButton: spec('main', 'unassignLicensesButton', [
    { within: COMMAND_BAR, css: '[role=menuitem], button', label: 'unassignLicenses' },
    { css: `${BUTTON}, [role=menuitem], a`, label: 'unassignLicenses', notWithin: LAYERS },
  ]),
  usersTab: spec('main', 'usersTab', [
    { within: TABLIST, css: '[role=tab]', label: 'usersTab' },
    { css: `[role=tab], ${BUTTON}`, label: 'usersTab', notWithin: `${LAYERS}, nav, ${LEFT_NAV}` },
  ]),
  groupsTab: spec('main', 'groupsTab', [
    { within: TABLIST, css: '[role=tab]', label: 'groupsTab' },
    { css: `[role=tab], ${BUTTON}`, label: 'groupsTab', notWithin: `${LAYERS}, nav, ${LEFT_NAV}` },
  ]),
  searchBox: spec('main', 'searchBox', [
    { css: 'input[data-automation-id$="CommandBarSearchInputBox"]', notWithin: LAYERS },
    { css: 'input[role=searchbox]', notWithin: LAYERS },
    { css: 'input[type=search]', notWithin: LAYERS },
    { css: '.ms-SearchBox input', notWithin: LAYERS },
  ]),
  assignPane: spec('document', 'assignPane', [
    {
      within: BODY_LAYERS,
      css: '[role=dialog][aria-modal="true"]',
      label: ['assignPaneUsers', 'assignPaneGroups'],
      labelIn: HEADING,
    },
    // Without Fluent v8's layer (a future Fluent v9 portal): any body-level dialog titled so.
    { within: BODY_OVERLAYS, css: '[role=dialog]', label: ['assignPaneUsers', 'assignPaneGroups'], labelIn: HEADING },
  ]),
  pickerInput: spec('pane', 'pickerInput', [
    { css: 'input[role=combobox][aria-haspopup=listbox]' },
    { css: 'input.ms-BasePicker-input' },
    { css: 'input[role=combobox]' },
  ]),
  // The listbox the picker input points to (aria-controls / aria-owns) is tried before these.
  suggestions: spec('document', 'suggestions', [
    { within: BODY_LAYERS, css: '.ms-Suggestions [role=listbox]' },
    { within: BODY_LAYERS, css: '[role=listbox]' },
    { css: '[role=listbox]', notWithin: `nav, ${LEFT_NAV}` },
  ]),
  pickedItems: spec('pane', 'pickedItems', [
    { css: '.ms-BasePicker-itemsWrapper' },
    { css: '.ms-BasePicker-text' },
    { css: '.ms-BasePicker' },
  ]),
  paneAssignButton: spec('pane', 'paneAssignButton', [
    { css: '.ms-Button--primary', label: 'assign' },
    { css: BUTTON, label: 'assign' },
  ]),
  paneCloseButton: spec('pane', 'paneCloseButton', [
    { css: BUTTON, label: ['close', 'cancel'] },
    { css: '.ms-Panel-closeButton' },
  ]),
  confirmUnassignButton: spec('document', 'confirmUnassignButton', [
    { within: BODY_LAYERS, css: '[role=alertdialog] button, [role=alertdialog] [role=button]', label: 'unassign' },
    { within: BODY_LAYERS, css: '[role=dialog] button, [role=dialog] [role=button]', label: 'unassign' },
    {
      css: '[role=alertdialog] button, [role=alertdialog] [role=button], [role=dialog] button, [role=dialog] [role=button]',
      label: 'unassign',
    },
  ]),
  successMessage: spec('document', 'successMessage', [{ css: '.ms-MessageBar--success', nonEmpty: true }]),
  errorMessage: spec('document', 'errorMessage', [
    { css: '.ms-MessageBar--error', nonEmpty: true },
    { css: '.ms-MessageBar--blocked', nonEmpty: true },
    { css: '.ms-MessageBar--severeWarning', nonEmpty: true },
    { css: '.ms-Layer [role=alert], [role=dialog] [role=alert]', nonEmpty: true },
  ]),
  spinner: spec('document', 'spinner', [{ css: '.ms-Spinner' }, { css: '[role=progressbar]' }]),
};

/** Controls a product page should show; with the assign pane open, the pane's too. */
export const PRODUCT_PAGE_CONTROLS: readonly ControlName[] = [
  'productTitle',
  'assignLicensesButton',
  'unassignLicensesButton',
  'usersTab',
  'groupsTab',
  'searchBox',
];
export const ASSIGN_PANE_CONTROLS: readonly ControlName[] = ['pickerInput', 'paneAssignButton', 'paneCloseButton'];
/** The pane after a (partly) successful Assign: the outcome and Close. */
export const DONE_PANE_CONTROLS: readonly ControlName[] = ['paneCloseButton'];
