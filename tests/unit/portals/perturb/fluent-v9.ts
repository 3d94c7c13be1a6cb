// The same page as Fluent UI v9 (@fluentui/react-components) would draw it: `fui-*` slot classes
// beside CSS-in-JS hashes instead of `ms-*` and `root-123`; no data-automationid and no
// data-automation-key (v9 has neither); the command bar a role=toolbar of plain buttons; icons as
// SVG; panes and dialogs in a body-level portal without `.ms-Layer`. Message bars keep their v8
// form: v9 has no structural mark for a message's intent, and a portal moving to v9 moves page
// by page (mixed v8/v9 pages are what a migration looks like).
import { svgIcon } from './names';
import { hashedClass, type Random } from './random';

const AUTOMATION = ['data-automationid', 'data-automation-id', 'data-automation-key', 'data-item-key'];
const KEEP_V8 = /^ms-MessageBar/;
/** The Azure shell's own classes (Knockout, not Fluent): a React view moving to v9 leaves them. */
const SHELL = /^(fxs|azc)-/;

/** ms-Button--primary -> fui-Button, ms-DetailsRow-cell -> fui-DetailsRow__cell; stable v8 kept only where v9 has no mark. */
function v9Class(name: string): string | undefined {
  if (KEEP_V8.test(name) || SHELL.test(name)) return name;
  const v8 = /^ms-([A-Za-z]+)(?:-([A-Za-z]+))?(?:--\w+)?$/.exec(name);
  if (!v8) return undefined;
  return v8[2] ? `fui-${v8[1]}__${v8[2]}` : `fui-${v8[1]}`;
}

function restyle(doc: Document, next: Random): number {
  let changed = 0;
  for (const el of Array.from(doc.body.querySelectorAll('[class]'))) {
    if (el.closest('svg')) continue;
    const kept = Array.from(el.classList)
      .map(v9Class)
      .filter((c): c is string => c !== undefined);
    el.setAttribute('class', [...new Set(kept), hashedClass(next, '___'), hashedClass(next)].join(' '));
    changed += 1;
  }
  return changed;
}

function dropAutomation(doc: Document): number {
  let changed = 0;
  for (const name of AUTOMATION) {
    for (const el of Array.from(doc.querySelectorAll(`[${name}]`))) {
      el.removeAttribute(name);
      changed += 1;
    }
  }
  return changed;
}

/** v8 CommandBar (role=menubar of menuitems) -> v9 Toolbar (role=toolbar of buttons). */
function toolbars(doc: Document): number {
  let changed = 0;
  for (const bar of Array.from(doc.querySelectorAll('[role=menubar]'))) {
    bar.setAttribute('role', 'toolbar');
    for (const item of Array.from(bar.querySelectorAll('[role=menuitem]'))) {
      if (item.matches('button')) item.removeAttribute('role');
      else item.setAttribute('role', 'button');
    }
    changed += 1;
  }
  return changed;
}

/** Icon-font <i> elements -> SVG icons. */
function svgIcons(doc: Document): number {
  let changed = 0;
  for (const icon of Array.from(doc.querySelectorAll('i[data-icon-name]'))) {
    icon.replaceWith(svgIcon(doc));
    changed += 1;
  }
  return changed;
}

/** Body-level `.ms-Layer` (and its host) -> a portal node holding the same content. */
function portals(doc: Document, next: Random): number {
  let changed = 0;
  const layers = Array.from(doc.body.querySelectorAll('.ms-Layer, .ms-LayerHost, #fluent-default-layer-host'));
  for (const layer of layers) {
    if (!layer.isConnected || layer.parentElement?.closest('.ms-Layer, .ms-LayerHost')) continue;
    const portal = doc.createElement('div');
    portal.setAttribute('data-portal-node', 'true');
    portal.className = hashedClass(next);
    portal.append(...Array.from(layer.childNodes));
    layer.remove();
    doc.body.append(portal);
    changed += 1;
  }
  return changed;
}

/** v9's TagPicker input is a combobox and its SearchBox a search input, whatever v8 wrote. */
function inputs(doc: Document): number {
  let changed = 0;
  for (const input of Array.from(doc.querySelectorAll('input.ms-BasePicker-input:not([role])'))) {
    input.setAttribute('role', 'combobox');
    changed += 1;
  }
  for (const input of Array.from(doc.querySelectorAll('.ms-SearchBox input:not([type=search])'))) {
    input.setAttribute('type', 'search');
    changed += 1;
  }
  return changed;
}

export function fluentV9(doc: Document, next: Random): number {
  // Layers and inputs first: v8's class names are what finds them.
  return portals(doc, next) + inputs(doc) + svgIcons(doc) + toolbars(doc) + dropAutomation(doc) + restyle(doc, next);
}
