// The stylesheet: enough layout for real hit-testing (panes over the page, callouts over panes,
// a scrolling virtualized list) and a passing likeness of the portals. Selects stable names only.
export const SIM_CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px "Segoe UI", system-ui, sans-serif; color: #323130; background: #faf9f8; }
a { color: #0078d4; }
.sim-header { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 16px; background: #0078d4; color: #fff; }
.sim-brand { font-weight: 600; }
.sim-body { display: flex; min-height: calc(100vh - 48px); }
.sim-body--reversed { flex-direction: row-reverse; justify-content: flex-end; }
.sim-body > * { min-width: 0; }
[data-hint="ReactLeftNav"] { width: 220px; padding: 8px; background: #fff; border-right: 1px solid #edebe9; }
.ms-Nav-navItems, .ms-Nav-navItems ul { list-style: none; margin: 0; padding-left: 8px; }
.ms-Nav-link { display: block; padding: 6px 4px; text-decoration: none; }
.ms-Nav-groupName { display: block; padding: 6px 4px; font-weight: 600; }
[role="main"] { flex: 1; padding: 16px 24px; }
.sim-title { font-size: 28px; font-weight: 600; margin: 8px 0 12px; }
.sim-cards { display: flex; gap: 12px; }
.sim-card { background: #fff; padding: 16px; border: 1px solid #edebe9; min-width: 180px; }
.sim-summary { display: flex; gap: 32px; margin: 8px 0 16px; }
.sim-summary-value { font-size: 20px; font-weight: 600; }
.sim-toolbar { display: flex; align-items: center; justify-content: space-between; gap: 12px; margin: 8px 0; }
.ms-CommandBar { display: flex; gap: 4px; }
.ms-Button { font: inherit; padding: 6px 16px; border: 1px solid #8a8886; background: #fff; border-radius: 2px; cursor: pointer; min-height: 32px; }
.ms-Button--primary { background: #0078d4; border-color: #0078d4; color: #fff; }
.ms-Button--commandBar { border-color: transparent; background: transparent; }
.ms-Button:disabled { background: #f3f2f1; border-color: #f3f2f1; color: #a19f9d; cursor: default; }
.ms-SearchBox { display: flex; border: 1px solid #8a8886; background: #fff; width: 260px; }
.ms-SearchBox-field { flex: 1; border: 0; padding: 6px 8px; font: inherit; }
.ms-Pivot { display: flex; gap: 8px; margin: 8px 0; }
.ms-Pivot-link { font: inherit; border: 0; background: none; padding: 8px; cursor: pointer; border-bottom: 2px solid transparent; }
.ms-Pivot-link.is-selected { border-bottom-color: #0078d4; font-weight: 600; }
.ms-DetailsList { background: #fff; border: 1px solid #edebe9; }
.ms-DetailsHeader, .ms-DetailsRow { display: flex; align-items: center; min-height: 43px; border-bottom: 1px solid #f3f2f1; }
.ms-DetailsHeader { font-weight: 600; }
.ms-DetailsHeader > *, .ms-DetailsRow > * { padding: 0 8px; }
.ms-DetailsHeader-cell, .ms-DetailsRow-cell { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.ms-DetailsHeader-cellIsCheck, .ms-DetailsRow-cellCheck { width: 40px; flex: none; }
.ms-DetailsRow { height: 43px; }
.ms-DetailsRow.is-selected { background: #edebe9; }
.ms-DetailsRow-check { width: 20px; height: 20px; border: 1px solid #8a8886; border-radius: 50%; cursor: pointer; }
.ms-DetailsRow-check[aria-checked="true"] { background: #0078d4; border-color: #0078d4; }
.ms-DetailsList-contentWrapper { max-height: 60vh; overflow-y: auto; }
.ms-Layer--fixed { position: fixed; inset: 0; z-index: 1000000; pointer-events: none; }
.ms-Layer--fixed > * > * { pointer-events: auto; }
.ms-Overlay { position: fixed; inset: 0; background: rgba(0, 0, 0, 0.1); }
.ms-Overlay--dark { background: rgba(0, 0, 0, 0.4); }
.ms-Panel-main { position: fixed; top: 0; right: 0; bottom: 0; width: 644px; max-width: 100%; background: #fff; box-shadow: -8px 0 16px rgba(0,0,0,.2); display: flex; flex-direction: column; }
.ms-Panel-commands { display: flex; justify-content: flex-end; padding: 8px; }
.ms-Panel-contentInner { flex: 1; display: flex; flex-direction: column; min-height: 0; }
.ms-Panel-headerText { font-size: 20px; font-weight: 600; padding: 0 24px; }
.ms-Panel-scrollableContent { flex: 1; overflow-y: auto; padding: 0 24px; }
.ms-Panel-footerInner { display: flex; gap: 8px; padding: 16px 24px; border-top: 1px solid #edebe9; }
.ms-BasePicker-text { display: flex; flex-wrap: wrap; gap: 4px; border: 1px solid #8a8886; padding: 2px; min-height: 32px; }
.ms-BasePicker-itemsWrapper { display: contents; }
.ms-PickerPersona-container { display: flex; align-items: center; gap: 4px; background: #f3f2f1; border-radius: 12px; padding: 0 4px 0 8px; }
.ms-PickerItem-removeButton { border: 0; background: none; cursor: pointer; }
.ms-BasePicker-input { flex: 1; min-width: 180px; border: 0; font: inherit; padding: 4px; }
.ms-Callout { background: #fff; box-shadow: 0 6px 16px rgba(0,0,0,.25); max-height: 50vh; overflow-y: auto; }
.ms-Suggestions-title { padding: 6px 12px; font-size: 12px; color: #605e5c; }
.ms-Suggestions-itemButton { display: block; width: 100%; text-align: left; font: inherit; border: 0; background: #fff; padding: 6px 12px; cursor: pointer; }
.ms-Suggestions-itemButton.is-suggested { background: #edebe9; }
.ms-Suggestions-none { padding: 8px 12px; color: #605e5c; }
.ms-Persona-secondaryText { font-size: 12px; color: #605e5c; }
.ms-Spinner { display: flex; align-items: center; gap: 8px; padding: 8px 0; }
.ms-Spinner-circle { width: 20px; height: 20px; border-radius: 50%; border: 2px solid #c7e0f4; border-top-color: #0078d4; animation: sim-spin 1.3s linear infinite; }
@keyframes sim-spin { to { transform: rotate(360deg); } }
.ms-MessageBar { padding: 8px 12px; margin: 8px 0; background: #f3f2f1; }
.ms-MessageBar--success { background: #dff6dd; }
.ms-MessageBar--error { background: #fde7e9; }
.ms-MessageBar--warning { background: #fff4ce; }
.ms-Dialog-main { position: fixed; top: 30%; left: 50%; transform: translateX(-50%); width: 420px; background: #fff; padding: 24px; box-shadow: 0 8px 24px rgba(0,0,0,.3); }
.ms-Dialog-title { font-size: 20px; font-weight: 600; }
.ms-Dialog-actionsRight { display: flex; gap: 8px; justify-content: flex-end; }
.fxs-topbar { height: 40px; display: flex; align-items: center; padding: 0 16px; background: #1b1a19; }
.fxs-topbar-home { color: #fff; text-decoration: none; font-weight: 600; }
.fxs-journey-layout { display: flex; align-items: stretch; gap: 2px; overflow-x: auto; min-height: calc(100vh - 40px); }
.fxs-blade { background: #fff; min-width: 420px; flex: 1; border-right: 1px solid #edebe9; padding: 12px 16px; }
.fxs-blade-header { display: flex; justify-content: space-between; }
.fxs-blade-title-titleText { font-size: 20px; font-weight: 600; margin: 4px 0 8px; }
.fxs-blade-close { border: 0; background: none; font-size: 20px; cursor: pointer; }
.fxs-commandBar-itemList { display: flex; gap: 4px; list-style: none; padding: 0; margin: 0 0 8px; }
.azc-toolbarButton-container { padding: 6px 10px; cursor: pointer; }
.azc-toolbarButton-container[aria-disabled="true"] { color: #a19f9d; cursor: default; }
.fxs-menu-blade { display: flex; gap: 16px; }
.fxs-menu { list-style: none; padding: 0; margin: 0; width: 180px; }
.fxs-menu-item { padding: 6px 8px; }
.fxs-menu-item-selected { background: #edebe9; }
.fxs-part-content { flex: 1; }
.fxs-reactview-frame { width: 100%; height: 70vh; border: 0; }
.azc-grid-full { border-collapse: collapse; width: 100%; }
.azc-grid-full th, .azc-grid-full td { text-align: left; padding: 8px; border-bottom: 1px solid #edebe9; }
.azc-checkBox { width: 16px; height: 16px; border: 1px solid #8a8886; cursor: pointer; }
.azc-checkBox[aria-checked="true"] { background: #0078d4; }
.fxs-part-listItem { padding: 10px; border-bottom: 1px solid #edebe9; cursor: pointer; }
.fxs-part-listItem-subtitle, .fxs-picker-item-secondary { font-size: 12px; color: #605e5c; }
.fxs-picker-item { padding: 6px; cursor: pointer; }
.fxs-picker-item[aria-selected="true"] { background: #deecf9; }
.fxs-blade-footer { padding: 12px 0; }
.fxs-button { font: inherit; padding: 6px 16px; background: #0078d4; color: #fff; border: 0; cursor: pointer; }
.fxs-button:disabled { background: #f3f2f1; color: #a19f9d; cursor: default; }
.fxs-toast { position: fixed; top: 48px; right: 16px; width: 360px; background: #fff; padding: 12px; box-shadow: 0 6px 16px rgba(0,0,0,.25); z-index: 1000001; }
.fxs-toast-title { font-weight: 600; }
.sign-in-box { width: 440px; margin: 80px auto; background: #fff; padding: 44px; box-shadow: 0 2px 6px rgba(0,0,0,.2); }
.sign-in-box .title { font-size: 24px; font-weight: 600; margin: 16px 0; }
.sign-in-box .table { display: flex; justify-content: space-between; padding: 12px; cursor: pointer; border-bottom: 1px solid #edebe9; }
`;
