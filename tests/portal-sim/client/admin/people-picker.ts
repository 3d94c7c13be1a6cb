// A Fluent BasePicker look-alike: React-tracked input, suggestions after a server delay in their
// own layer, the first one highlighted; Enter or a click picks; picked items carry
// data-selection-index; at most `maxPicks`.
import type { Suggestion, TargetType } from '../../shared/types.ts';
import { api } from '../api.ts';
import { t } from '../context.ts';
import { clear, h, uid } from '../dom.ts';
import { openLayer, type Layer } from '../layer.ts';
import { trackInput } from '../react-input.ts';

export type PickerOptions = {
  kind: TargetType;
  maxPicks: number;
  onChange: (picked: Suggestion[]) => void;
  onLimit: () => void;
};
export type Picker = {
  element: HTMLElement;
  picked(): Suggestion[];
  setDisabled(disabled: boolean): void;
  dispose(): void;
};

export function peoplePicker(o: PickerOptions): Picker {
  const picked: Suggestion[] = [];
  let shown: Suggestion[] = [];
  let highlighted = 0;
  let layer: Layer | undefined;
  let searchToken = 0;
  const listId = uid('sug');
  const input = h('input', {
    class: 'ms-BasePicker-input',
    role: 'combobox',
    'aria-haspopup': 'listbox',
    'aria-expanded': false,
    'aria-autocomplete': 'both',
    'aria-controls': listId,
    autocomplete: 'off',
    type: 'text',
    'aria-label': o.kind === 'user' ? t('pickerUsers') : t('pickerGroups'),
  });
  const items = h('div', { class: 'ms-BasePicker-itemsWrapper', role: 'list' });
  const element = h(
    'div',
    { class: `ms-BasePicker ${o.kind === 'user' ? 'ms-PeoplePicker' : 'ms-GroupPicker'}` },
    h('label', { class: 'ms-Label' }, o.kind === 'user' ? t('pickerUsers') : t('pickerGroups')),
    h('div', { class: 'ms-BasePicker-text', role: 'presentation' }, items, input),
  );

  const closeSuggestions = (): void => {
    layer?.close();
    layer = undefined;
    shown = [];
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const openSuggestions = (content: HTMLElement): void => {
    layer ??= openLayer();
    const r = input.getBoundingClientRect();
    const callout = h(
      'div',
      {
        class: 'ms-Callout ms-Suggestions-container',
        style: `position:fixed;top:${r.bottom + 2}px;left:${r.left}px;width:${Math.max(r.width, 280)}px`,
      },
      content,
    );
    clear(layer.host, callout);
    input.setAttribute('aria-expanded', 'true');
  };
  const renderSuggestions = (): void => {
    const header = h(
      'div',
      { class: 'ms-Suggestions-title' },
      o.kind === 'user' ? t('suggestedPeople') : t('suggestedGroups'),
    );
    const options =
      shown.length === 0
        ? [
            h(
              'div',
              { role: 'option', class: 'ms-Suggestions-none', 'aria-disabled': true, 'aria-selected': false },
              t('noResults'),
            ),
          ]
        : shown.map((s, i) =>
            h(
              'div',
              { class: 'ms-Suggestions-item', role: 'presentation' },
              h(
                'button',
                {
                  type: 'button',
                  role: 'option',
                  id: `${listId}-${i}`,
                  tabindex: -1,
                  'aria-selected': i === highlighted,
                  class: `ms-Suggestions-itemButton${i === highlighted ? ' is-suggested' : ''}`,
                  onMousedown: (e: Event) => e.preventDefault(),
                  onClick: () => pick(s),
                },
                h('div', { class: 'ms-Persona-primaryText' }, s.primary),
                h('div', { class: 'ms-Persona-secondaryText' }, s.secondary),
              ),
            ),
          );
    openSuggestions(
      h(
        'div',
        { class: 'ms-Suggestions' },
        header,
        h('div', { role: 'listbox', id: listId, class: 'ms-Suggestions-container' }, options),
      ),
    );
    if (shown.length > 0) input.setAttribute('aria-activedescendant', `${listId}-${highlighted}`);
  };
  const renderPicked = (): void => {
    clear(
      items,
      picked.map((s, i) =>
        h(
          'div',
          { class: 'ms-PickerPersona-container', role: 'listitem', 'data-selection-index': i },
          h(
            'div',
            { class: 'ms-PickerItem-content' },
            h('span', { class: 'ms-Persona-primaryText', title: s.secondary }, s.primary),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'ms-PickerItem-removeButton',
              'aria-label': `${t('remove')} ${s.primary}`,
              onClick: () => unpick(i),
            },
            '×',
          ),
        ),
      ),
    );
  };
  const pick = (s: Suggestion): void => {
    if (picked.length >= o.maxPicks) {
      o.onLimit();
      return;
    }
    picked.push(s);
    input.value = ''; // the controlled value resets; the tracker learns it, as in React
    closeSuggestions();
    renderPicked();
    input.focus();
    o.onChange([...picked]);
  };
  const unpick = (index: number): void => {
    picked.splice(index, 1);
    renderPicked();
    o.onChange([...picked]);
  };
  const search = (query: string): void => {
    const mine = ++searchToken;
    shown = []; // stale suggestions must not be picked while the new ones load
    if (query.trim() === '') return closeSuggestions();
    openSuggestions(
      h('div', { class: 'ms-Suggestions' }, h('div', { class: 'ms-Suggestions-spinner ms-Spinner' }, t('loading'))),
    );
    void api<Suggestion[]>(`search?kind=${o.kind}&q=${encodeURIComponent(query)}`).then((found) => {
      if (mine !== searchToken || !element.isConnected) return;
      shown = found.filter((s) => !picked.some((p) => p.id === s.id));
      highlighted = 0;
      renderSuggestions();
    });
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.target !== input) return;
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && shown.length > 0) {
      highlighted = (highlighted + (e.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length;
      renderSuggestions();
      e.preventDefault();
    } else if (e.key === 'Enter') {
      const s = shown[highlighted];
      if (s && layer) {
        e.preventDefault();
        pick(s);
      }
    } else if (e.key === 'Escape') closeSuggestions();
    else if (e.key === 'Backspace' && input.value === '' && picked.length > 0) unpick(picked.length - 1);
  };
  trackInput(input, search);
  document.addEventListener('keydown', onKeyDown); // React handles keys at the root: the event must bubble

  return {
    element,
    picked: () => [...picked],
    setDisabled: (disabled) => {
      input.disabled = disabled;
      for (const b of items.querySelectorAll('button')) b.disabled = disabled;
    },
    dispose: () => {
      closeSuggestions();
      document.removeEventListener('keydown', onKeyDown);
    },
  };
}
