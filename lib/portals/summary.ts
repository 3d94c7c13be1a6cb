// Labelled counts outside grids, e.g. a product page's summary: a label from the table
// ("Available licenses") next to a number ("5"), in either order, in one text node or in siblings.
import { parseCountText, type CountText } from './counts';
import { normalizeLabel } from './text';

export type CountKind = 'available' | 'assigned' | 'total';
export type CountLabels = Record<CountKind, ReadonlySet<string>>;

/** Subtrees that never hold the summary; skipping them keeps the walk small on long lists. */
const SKIP =
  '[role=grid], [role=dialog], [role=alertdialog], .ms-Layer, [role=menubar], [role=tablist], nav, script, style, [data-license-pilot]';
const KINDS: readonly CountKind[] = ['available', 'assigned', 'total'];

function kindOf(text: string, labels: CountLabels): CountKind | undefined {
  return KINDS.find((kind) => labels[kind].has(text));
}

/** "Available licenses: 5" or "5 available licenses" in one piece of text. */
function inlineCount(text: string, labels: CountLabels, lang: string): [CountKind, CountText] | undefined {
  for (const kind of KINDS) {
    for (const label of labels[kind]) {
      let rest: string | undefined;
      if (text.startsWith(`${label} `) || text.startsWith(`${label}:`))
        rest = text.slice(label.length).replace(/^[:\s]+/, '');
      else if (text.endsWith(` ${label}`)) rest = text.slice(0, -label.length);
      const count = rest === undefined ? undefined : parseCountText(rest, lang);
      if (count) return [kind, count];
    }
  }
  return undefined;
}

/**
 * A label alone in its text node: the number is in the nearest ancestor that adds text to the
 * label. Wrappers that add nothing (layout divs, any number of them) are climbed through.
 */
function nearbyCount(labelNode: Node, label: string, root: Element, lang: string): CountText | undefined {
  for (let element = labelNode.parentElement; element; element = element.parentElement) {
    const full = normalizeLabel(element.textContent ?? '');
    const at = full.indexOf(label);
    const rest = (at < 0 ? full : `${full.slice(0, at)} ${full.slice(at + label.length)}`).replace(
      /^[\s:]+|[\s:]+$/g,
      '',
    );
    if (rest) return parseCountText(rest, lang);
    if (element === root) break;
  }
  return undefined;
}

export function readLabelledCounts(
  root: Element,
  labels: CountLabels,
  lang: string,
): Partial<Record<CountKind, CountText>> {
  const out: Partial<Record<CountKind, CountText>> = {};
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 1) {
      if (node !== root && (node as Element).matches(SKIP)) continue;
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
      continue;
    }
    if (node.nodeType !== 3) continue;
    const raw = (node as Text).data;
    if (raw.length > 80 || !/\S/.test(raw)) continue;
    const text = normalizeLabel(raw);
    const kind = kindOf(text, labels);
    if (kind) {
      if (!out[kind]) {
        const count = nearbyCount(node, text, root, lang);
        if (count) out[kind] = count;
      }
    } else if (/\d/.test(text)) {
      const inline = inlineCount(text, labels, lang);
      if (inline && !out[inline[0]]) out[inline[0]] = inline[1];
    }
  }
  return out;
}
