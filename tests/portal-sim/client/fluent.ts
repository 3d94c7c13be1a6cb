// Small look-alikes of Fluent UI v8 controls, with Fluent's stable class names and roles.
import { h, type Attrs } from './dom.ts';
import { trackInput } from './react-input.ts';

export type ButtonOptions = {
  label: string;
  primary?: boolean;
  disabled?: boolean;
  onClick: () => void;
  attrs?: Attrs;
};

export function button(o: ButtonOptions): HTMLButtonElement {
  const kind = o.primary ? 'ms-Button--primary' : 'ms-Button--default';
  const el = h(
    'button',
    {
      type: 'button',
      class: `ms-Button ${kind}`,
      ...o.attrs,
      onClick: () => {
        if (!el.disabled) o.onClick();
      },
    },
    h(
      'span',
      { class: 'ms-Button-flexContainer' },
      h('span', { class: 'ms-Button-textContainer' }, h('span', { class: 'ms-Button-label' }, o.label)),
    ),
  );
  setDisabled(el, o.disabled ?? false);
  return el;
}

/** Command bar item: a menuitem button as Fluent's CommandBar renders it. */
export function commandButton(label: string, onClick: () => void, disabled = false): HTMLButtonElement {
  return button({ label, onClick, disabled, attrs: { role: 'menuitem', class: 'ms-Button ms-Button--commandBar' } });
}

export function setDisabled(el: HTMLButtonElement, disabled: boolean): void {
  el.disabled = disabled;
  el.classList.toggle('is-disabled', disabled);
  if (disabled) el.setAttribute('aria-disabled', 'true');
  else el.removeAttribute('aria-disabled');
}

export function spinner(label: string): HTMLElement {
  return h(
    'div',
    { class: 'ms-Spinner', role: 'status', 'aria-live': 'polite' },
    h('div', { class: 'ms-Spinner-circle' }),
    h('div', { class: 'ms-Spinner-label' }, label),
  );
}

export type MessageKind = 'success' | 'error' | 'warning' | 'info';

/** A MessageBar: errors and warnings are alerts, the rest status messages. */
export function messageBar(kind: MessageKind, text: string, details: string[] = []): HTMLElement {
  const role = kind === 'error' || kind === 'warning' ? 'alert' : 'status';
  return h(
    'div',
    { class: `ms-MessageBar ms-MessageBar--${kind}`, role, 'aria-live': role === 'alert' ? 'assertive' : 'polite' },
    h(
      'div',
      { class: 'ms-MessageBar-content' },
      h(
        'div',
        { class: 'ms-MessageBar-text' },
        h('span', { class: 'ms-MessageBar-innerText' }, text),
        details.length > 0
          ? h(
              'ul',
              { class: 'ms-MessageBar-details' },
              details.map((d) => h('li', null, d)),
            )
          : null,
      ),
    ),
  );
}

/** A SearchBox whose input behaves like a React-controlled one. */
export function searchBox(placeholder: string, onChange: (value: string) => void, attrs: Attrs = {}): HTMLElement {
  const input = h('input', {
    class: 'ms-SearchBox-field',
    type: 'text',
    role: 'searchbox',
    placeholder,
    'aria-label': placeholder,
    ...attrs,
  });
  trackInput(input, onChange);
  return h(
    'div',
    { class: 'ms-SearchBox', role: 'search' },
    h('div', { class: 'ms-SearchBox-iconContainer', 'aria-hidden': 'true' }),
    input,
  );
}

export type Tab = { key: string; label: string };

export function pivot(tabs: Tab[], selected: string, onSelect: (key: string) => void): HTMLElement {
  return h(
    'div',
    { class: 'ms-Pivot', role: 'tablist' },
    tabs.map((tab) =>
      h(
        'button',
        {
          type: 'button',
          role: 'tab',
          name: tab.label,
          class: `ms-Pivot-link${tab.key === selected ? ' is-selected' : ''}`,
          'aria-selected': tab.key === selected,
          'data-content': tab.label,
          onClick: () => onSelect(tab.key),
        },
        h('span', { class: 'ms-Pivot-linkContent' }, h('span', { class: 'ms-Pivot-text' }, tab.label)),
      ),
    ),
  );
}

/** A Fluent Checkbox (the "Turn apps and services on or off" list). */
export function checkbox(label: string, checked: boolean): HTMLElement {
  const input = h('input', { type: 'checkbox', class: 'ms-Checkbox-input', 'aria-label': label });
  input.checked = checked;
  return h(
    'div',
    { class: 'ms-Checkbox' },
    h('label', { class: 'ms-Checkbox-label' }, input, h('span', { class: 'ms-Checkbox-text' }, label)),
  );
}
