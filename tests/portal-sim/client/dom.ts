// DOM building without HTML strings, plus the per-load "noise" of a real build: generated class
// names (root-123), wrapper depth and harmless order changes, all from one seeded generator.

let random: () => number = Math.random;

/** A small seeded generator (mulberry32): the same seed gives the same layout. */
export function seedLayout(seed: number): void {
  let a = seed >>> 0;
  random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const coin = (): boolean => random() < 0.5;

/** A generated class name such as `root-123`; never stable between loads. */
export function genClass(base = 'root'): string {
  return `${base}-${100 + Math.floor(random() * 900)}`;
}

type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue | ((event: Event) => void)>;
export type Child = Node | string | number | null | undefined | false | Child[];

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) for (const c of child) append(parent, c);
  else parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
}

/**
 * `h('div', { class: 'ms-Foo', role: 'row', onClick: fn }, 'text', child)`. Every element gets a
 * generated class besides the given ones; `on*` functions become listeners; booleans toggle
 * attributes (`disabled: true`); `aria-*` booleans are written as "true"/"false".
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  const classes = [genClass()];
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'class') classes.unshift(String(value ?? ''));
    else if (typeof value === 'boolean' && name.startsWith('aria-')) el.setAttribute(name, String(value));
    else if (value === true) el.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) el.setAttribute(name, String(value));
  }
  el.className = classes.filter(Boolean).join(' ');
  append(el, children);
  return el;
}

/** Wrap in 0 to 2 plain divs, as a component library's layout wrappers do. */
export function wrap(el: HTMLElement): HTMLElement {
  let out = el;
  const depth = Math.floor(random() * 3);
  for (let i = 0; i < depth; i++) out = h('div', null, out);
  return out;
}

/** The two items in their order, or swapped: for places where order carries no meaning. */
export function maybeSwap<T>(a: T, b: T): [T, T] {
  return coin() ? [a, b] : [b, a];
}

export function clear(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

let nextId = 0;
export const uid = (prefix: string): string => `${prefix}-${++nextId}`;
