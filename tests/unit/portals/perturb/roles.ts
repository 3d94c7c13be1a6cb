// Other elements for the same control: a command bar item as a link (Fluent renders one with an
// href as <a role=menuitem>), a button drawn as a div with role=button, a toolbar's buttons as
// menu items. Role and name stay what assistive technology announces.
import type { Random } from './random';

const NOT_IN = '[role=grid], [role=listbox], nav, [data-hint="ReactLeftNav"], [role=tablist], script, style';

/** A new element of `tag` carrying over every attribute and child of `el`. */
function retag(el: Element, tag: string): Element {
  const doc = el.ownerDocument;
  const out = doc.createElement(tag);
  for (const attr of Array.from(el.attributes)) if (attr.name !== 'type') out.setAttribute(attr.name, attr.value);
  out.append(...Array.from(el.childNodes));
  el.replaceWith(out);
  return out;
}

function buttons(doc: Document): Element[] {
  return Array.from(doc.body.querySelectorAll('button')).filter((el) => !el.closest(NOT_IN));
}

/** Command bar items become links with role=menuitem; other buttons become role=button divs. */
export function buttonsAsLinksAndDivs(doc: Document, next: Random): number {
  let changed = 0;
  for (const el of buttons(doc)) {
    if (next() < 0.3) continue;
    const inBar = el.closest('[role=menubar], [role=toolbar]') !== null;
    const out = retag(el, inBar ? 'a' : 'div');
    if (inBar) {
      out.setAttribute('href', '#');
      out.setAttribute('role', 'menuitem');
    } else {
      if (!out.hasAttribute('role')) out.setAttribute('role', 'button');
      out.setAttribute('tabindex', '0');
    }
    if (out.hasAttribute('disabled')) {
      out.removeAttribute('disabled');
      out.setAttribute('aria-disabled', 'true');
    }
    changed += 1;
  }
  return changed;
}

/** Every button on the page given role=menuitem inside a menu bar or toolbar, role=button elsewhere. */
export function explicitRoles(doc: Document): number {
  let changed = 0;
  for (const el of buttons(doc)) {
    if (el.hasAttribute('role')) continue;
    el.setAttribute('role', el.closest('[role=menubar], [role=toolbar]') ? 'menuitem' : 'button');
    changed += 1;
  }
  return changed;
}
