// Counts outside grids, e.g. a product page's summary: a label from the table ("Available
// licenses") next to a number ("5"), in either order, in one text node or in siblings; or a whole
// sentence ("7 of 10 licenses assigned"), in the visible text or in an accessible attribute.
import { isHiddenPart } from './accname';
import { parseCountText, type CountText } from './counts';
import { readCountSentence, type SentenceCounts, type SentenceWords } from './sentences';
import { normalizeLabel, visibleText } from './text';

export type CountKind = 'available' | 'assigned' | 'total';
export type CountLabels = Record<CountKind, ReadonlySet<string>> & { sentences?: readonly SentenceWords[] };

/** Attributes that carry a name or value for assistive technology (a meter's "7 of 10 assigned"). */
const COUNT_ATTRIBUTES = ['aria-label', 'aria-valuetext', 'title'] as const;
/** How far up from a number a sentence is looked for (a figure in <strong> inside its sentence). */
const SENTENCE_DEPTH = 3;

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
    const full = normalizeLabel(visibleText(element));
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

/** Sentence counts found so far; a kind two sentences disagree on is left out. */
class SentenceFinds {
  readonly counts: SentenceCounts = {};
  private readonly disputed = new Set<CountKind>();
  private readonly seen = new Set<Element>();
  constructor(
    private readonly words: readonly SentenceWords[],
    private readonly lang: string,
  ) {}
  add(found: SentenceCounts | undefined): boolean {
    if (!found) return false;
    for (const kind of Object.keys(found) as CountKind[]) {
      if (this.counts[kind] !== undefined && this.counts[kind] !== found[kind]) this.disputed.add(kind);
      this.counts[kind] = found[kind];
    }
    return true;
  }
  read(text: string): boolean {
    return this.add(readCountSentence(text, this.words, this.lang));
  }
  /** The smallest element around a number whose visible text is a whole count sentence. */
  near(node: Node, root: Element): void {
    let element = node.parentElement;
    for (let depth = 0; element && depth < SENTENCE_DEPTH; depth += 1, element = element.parentElement) {
      if (this.seen.has(element)) return;
      this.seen.add(element);
      // A sentence is short: an element with more text holds more than one (and may hold a list).
      if ((element.textContent ?? '').length > 400) return;
      if (this.read(visibleText(element)) || element === root) return;
    }
  }
  result(): SentenceCounts {
    const out: SentenceCounts = { ...this.counts };
    for (const kind of this.disputed) delete out[kind];
    return out;
  }
}

export function readLabelledCounts(
  root: Element,
  labels: CountLabels,
  lang: string,
): Partial<Record<CountKind, CountText>> {
  const out: Partial<Record<CountKind, CountText>> = {};
  const sentences = labels.sentences ? new SentenceFinds(labels.sentences, lang) : undefined;
  const fromText = (raw: string) => {
    const inline = inlineCount(normalizeLabel(raw), labels, lang);
    if (inline) {
      if (!out[inline[0]]) out[inline[0]] = inline[1];
      return true;
    }
    return false;
  };
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 1) {
      const element = node as Element;
      if (element !== root && (element.matches(SKIP) || isHiddenPart(element))) continue;
      for (const name of COUNT_ATTRIBUTES) {
        const value = element.getAttribute(name);
        if (value && /\d/.test(value) && !fromText(value)) sentences?.read(value);
      }
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
      continue;
    }
    if (node.nodeType !== 3) continue;
    const raw = (node as Text).data;
    if (raw.length > 160 || !/\S/.test(raw)) continue;
    const text = normalizeLabel(raw);
    const kind = raw.length <= 80 ? kindOf(text, labels) : undefined;
    if (kind) {
      if (!out[kind]) {
        const count = nearbyCount(node, text, root, lang);
        if (count) out[kind] = count;
      }
    } else if (/\d/.test(text) && !fromText(raw)) sentences?.near(node, root);
  }
  // Labelled figures win; a sentence fills what no label gave.
  const said = sentences?.result() ?? {};
  for (const kind of Object.keys(said) as CountKind[]) out[kind] ??= { kind: 'number', value: said[kind]! };
  return out;
}
